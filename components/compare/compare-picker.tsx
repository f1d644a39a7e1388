import { compareHref, compareSideLabel, comparisonCap, pickerChoices, type CompareSideId } from "@/data/compare";
import type { Dataset } from "@/data/dataset";
import { datasetFor } from "@/data/localized";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { CapNote } from "./cap-note";
import { localePath } from "@/data/text/locale-path";

function SideList({
  title,
  id,
  current,
  other,
  hrefFor,
  data,
  locale,
}: {
  title: string;
  id: string;
  current: CompareSideId;
  other: CompareSideId;
  hrefFor: (choice: CompareSideId) => string;
  data: Dataset;
  locale: Locale;
}) {
  return (
    <div>
      <h2 id={id} className="text-sm font-semibold text-ink">
        {title}
      </h2>
      <ul aria-labelledby={id} className="mt-1 flex flex-wrap gap-2">
        {pickerChoices(current, other, data).map((choice) => {
          const label = compareSideLabel(choice, data, locale);
          if (choice === current)
            return (
              <li key={choice}>
                <a
                  href={hrefFor(choice)}
                  aria-current="page"
                  className="inline-block rounded border-2 border-accent-strong bg-surface-alt px-2 py-1 text-sm font-semibold text-ink"
                >
                  {label}
                </a>
              </li>
            );
          if (choice === other && current !== other)
            return (
              <li key={choice} className="px-2 py-1 text-sm text-muted">
                {label} <span className="text-xs">{t(locale, "comparePage.otherSide")}</span>
              </li>
            );
          return (
            <li key={choice}>
              <a
                href={hrefFor(choice)}
                className="inline-block rounded border border-border px-2 py-1 text-sm text-accent-strong underline-offset-2 hover:underline"
              >
                {label}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * Two lists of plain links, one per side, and a swap link: works by keyboard, screen reader and without JavaScript.
 * Each list offers only the sides that have a page against the other side; when not every pair has one, it says so.
 */
export function ComparePicker({ a, b, locale = DEFAULT_LOCALE }: { a: CompareSideId; b: CompareSideId; locale?: Locale }) {
  const data = datasetFor(locale);
  const cap = comparisonCap(data, locale);
  return (
    <nav
      aria-label={t(locale, "comparePage.pickerLabel")}
      className="flex flex-col gap-3 rounded-lg border border-border p-4"
      data-print="hide"
    >
      {cap && <CapNote message="comparePage.pickerCap" rule={cap.rule} rounds={cap.rounds} locale={locale} className="text-sm text-ink" />}
      <SideList
        title={t(locale, "comparePage.leftSide")}
        id="picker-left"
        current={a}
        other={b}
        hrefFor={(x) => localePath(locale, compareHref(x, b))}
        data={data}
        locale={locale}
      />
      <SideList
        title={t(locale, "comparePage.rightSide")}
        id="picker-right"
        current={b}
        other={a}
        hrefFor={(x) => localePath(locale, compareHref(a, x))}
        data={data}
        locale={locale}
      />
      {a !== b && (
        <p>
          <a href={localePath(locale, compareHref(b, a))} className="text-sm font-semibold text-accent-strong underline" data-swap>
            {t(locale, "comparePage.swap")}
          </a>
        </p>
      )}
    </nav>
  );
}
