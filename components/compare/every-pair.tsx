import { compareHref, compareSideLabel, comparePartners, comparisonCap, freelyComparedSides } from "@/data/compare";
import { datasetFor } from "@/data/localized";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { CapNote } from "./cap-note";
import { localePath } from "@/data/text/locale-path";

/**
 * Every comparison of the sides compared freely, as plain links grouped by the left side: with few sides that is every
 * pair, one click from here. When pairs are capped, older rounds' comparisons are linked from their round pages.
 */
export function EveryPair({ locale = DEFAULT_LOCALE }: { locale?: Locale }) {
  const data = datasetFor(locale);
  const cap = comparisonCap(data, locale);
  const ids = freelyComparedSides(data);
  const label = (id: (typeof ids)[number]) => compareSideLabel(id, data, locale);
  return (
    <section aria-labelledby="every-pair-title" className="rounded-lg border border-border p-4" data-print="hide">
      <h2 id="every-pair-title" className="text-lg font-semibold text-ink">
        {t(locale, cap ? "comparePage.everyPairLatest" : "comparePage.everyPair")}
      </h2>
      {cap && <CapNote message="comparePage.everyPairCap" rounds={cap.rounds} locale={locale} className="mt-1 text-sm text-ink" />}
      <ul className="mt-2 flex flex-col gap-2 text-sm">
        {ids.map((a) => (
          <li key={a} data-pair-row={a}>
            <span className="font-semibold text-ink">{t(locale, "comparePage.pairRow", { side: label(a) })}</span>{" "}
            {comparePartners(a, data).map((b, i) => (
              <span key={b}>
                {i > 0 && " · "}
                <a
                  href={localePath(locale, compareHref(a, b))}
                  aria-label={t(locale, "comparePage.pairLink", { a: label(a), b: label(b) })}
                  className="text-accent-strong underline-offset-2 hover:underline"
                >
                  {label(b)}
                </a>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
