import { compareHref, compareSideLabel, comparePartners, comparisonCap, freelyComparedSides } from "@/data/compare";
import { formatNumber } from "@/data/format-figure";

/**
 * Every comparison of the sides compared freely, as plain links grouped by the left side: with few sides that is every
 * pair, one click from here. When pairs are capped, older rounds' comparisons are linked from their round pages.
 */
export function EveryPair() {
  const cap = comparisonCap();
  const ids = freelyComparedSides();
  return (
    <section aria-labelledby="every-pair-title" className="rounded-lg border border-border p-4" data-print="hide">
      <h2 id="every-pair-title" className="text-lg font-semibold text-ink">
        {cap ? "Every pair of the latest rounds" : "Every pair"}
      </h2>
      {cap && (
        <p className="mt-1 text-sm text-ink" data-compare-cap>
          The latest rounds and all of 2025, each with every side it has a comparison page with. An older round&apos;s comparisons with the
          rounds before and after it are linked from its page; find it on{" "}
          <a href="/rounds" className="text-accent-strong underline">
            the list of all {formatNumber(cap.rounds)} rounds
          </a>
          .
        </p>
      )}
      <ul className="mt-2 flex flex-col gap-2 text-sm">
        {ids.map((a) => (
          <li key={a} data-pair-row={a}>
            <span className="font-semibold text-ink">{compareSideLabel(a)} with:</span>{" "}
            {comparePartners(a).map((b, i) => (
              <span key={b}>
                {i > 0 && " · "}
                <a
                  href={compareHref(a, b)}
                  aria-label={`Compare ${compareSideLabel(a)} with ${compareSideLabel(b)}`}
                  className="text-accent-strong underline-offset-2 hover:underline"
                >
                  {compareSideLabel(b)}
                </a>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
