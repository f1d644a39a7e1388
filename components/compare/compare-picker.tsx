import { compareHref, compareSideLabel, comparisonCap, pickerChoices, type CompareSideId } from "@/data/compare";
import { formatNumber } from "@/data/format-figure";

function SideList({
  title,
  id,
  current,
  other,
  hrefFor,
}: {
  title: string;
  id: string;
  current: CompareSideId;
  other: CompareSideId;
  hrefFor: (choice: CompareSideId) => string;
}) {
  return (
    <div>
      <h2 id={id} className="text-sm font-semibold text-ink">
        {title}
      </h2>
      <ul aria-labelledby={id} className="mt-1 flex flex-wrap gap-2">
        {pickerChoices(current, other).map((choice) => {
          const label = compareSideLabel(choice);
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
                {label} <span className="text-xs">(other side)</span>
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
export function ComparePicker({ a, b }: { a: CompareSideId; b: CompareSideId }) {
  const cap = comparisonCap();
  return (
    <nav aria-label="Choose what to compare" className="flex flex-col gap-3 rounded-lg border border-border p-4" data-print="hide">
      {cap && (
        <p className="text-sm text-ink" data-compare-cap>
          {cap.rule} Each list below offers the sides that have a page with the other side. Every round is on{" "}
          <a href="/rounds" className="text-accent-strong underline">
            the list of all {formatNumber(cap.rounds)} rounds
          </a>
          , and each round&apos;s page links its comparisons with the rounds before and after it.
        </p>
      )}
      <SideList title="Left side" id="picker-left" current={a} other={b} hrefFor={(x) => compareHref(x, b)} />
      <SideList title="Right side" id="picker-right" current={b} other={a} hrefFor={(x) => compareHref(a, x)} />
      {a !== b && (
        <p>
          <a href={compareHref(b, a)} className="text-sm font-semibold text-accent-strong underline" data-swap>
            ⇄ Swap sides
          </a>
        </p>
      )}
    </nav>
  );
}
