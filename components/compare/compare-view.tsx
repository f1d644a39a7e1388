import { shareForComparison } from "@/data/chart-share";
import { datasetFor } from "@/data/localized";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import type { Comparison } from "@/data/compare";
import { t } from "@/data/text/translate";
import { ChartFigure } from "../chart-figure";
import { DiscrepancyList } from "../discrepancy-list";
import { SharePanel } from "../share/share-panel";
import { CitedCell } from "./cited-cell";
import { CompareFigures } from "./compare-figures";
import { CompareGlance } from "./compare-glance";
import { localePath } from "@/data/text/locale-path";

function SideHeading({ side, locale }: { side: Comparison["a"]; locale: Locale }) {
  return side.href ? (
    <a href={localePath(locale, side.href)} className="text-accent-strong underline">
      {side.label}
    </a>
  ) : (
    <span>{side.label}</span>
  );
}

/**
 * Two sides compared, the answer first: the sentence, the comparison chart, the differences with their formulas; then
 * every fact side by side (each quote once), the destinations, sharing and the disagreements.
 */
export function CompareView({ comparison, locale = DEFAULT_LOCALE }: { comparison: Comparison; locale?: Locale }) {
  const { a, b } = comparison;
  const shownQuotes = new Set<string>();
  return (
    <div className="flex flex-col gap-8" data-comparison={`${a.id}/${b.id}`}>
      <section aria-labelledby="compare-summary-title" className="flex flex-col gap-4" data-compare-answer>
        <h2 id="compare-summary-title" className="sr-only">
          {t(locale, "comparePage.answer")}
        </h2>
        <p className="max-w-3xl text-lg text-ink" data-compare-summary>
          {comparison.summary}
        </p>
        {comparison.overlap && <p className="max-w-3xl text-sm text-ink">{comparison.overlap}</p>}
        {/* The comparison chart: it answers at a glance, right after the pickers and the sentence. */}
        <div data-compare-chart>
          <ChartFigure model={comparison.chart} headingLevel={3} showTakeaway={false} locale={locale} />
        </div>
        <CompareFigures comparison={comparison} locale={locale} />
      </section>

      <CompareGlance comparison={comparison} locale={locale} />

      <section aria-labelledby="side-by-side-title">
        <h2 id="side-by-side-title" className="text-xl font-semibold text-ink">
          {t(locale, "comparePage.sideBySide")}
        </h2>
        <div
          className="mt-3 grid grid-cols-2 gap-3 border-b-2 border-border pb-2 font-semibold text-ink sm:grid-cols-[10rem_minmax(0,1fr)_minmax(0,1fr)] sm:gap-6"
          aria-hidden="true"
        >
          <span className="hidden sm:block" />
          <span>{a.label}</span>
          <span>{b.label}</span>
        </div>
        {comparison.rows.map((row) => (
          <section
            key={row.id}
            aria-labelledby={`row-${row.id}`}
            className="grid grid-cols-2 gap-3 border-b border-border py-4 sm:grid-cols-[10rem_minmax(0,1fr)_minmax(0,1fr)] sm:gap-6"
            data-compare-row={row.id}
          >
            <h3 id={`row-${row.id}`} className="col-span-2 font-semibold text-ink sm:col-span-1">
              {row.label}
            </h3>
            <CitedCell cell={row.cells[0]} sideLabel={a.label} shown={shownQuotes} locale={locale} />
            <CitedCell cell={row.cells[1]} sideLabel={b.label} shown={shownQuotes} locale={locale} />
          </section>
        ))}
        <p className="mt-3 text-sm text-muted">
          {t(locale, "comparePage.fullDetail")}{" "}
          {[a, b].map((s, i) => (
            <span key={s.id}>
              {i > 0 && " · "}
              <SideHeading side={s} locale={locale} />
            </span>
          ))}
          .
        </p>
      </section>

      <ChartFigure model={comparison.destinationsChart} headingLevel={2} locale={locale} />

      <SharePanel
        model={comparison.chart}
        share={shareForComparison(comparison.chart, a.id, b.id, datasetFor(locale), locale)}
        locale={locale}
      />

      <section aria-labelledby="compare-disagree-title">
        <h2 id="compare-disagree-title" className="mb-3 text-xl font-semibold text-ink">
          {t(locale, "comparePage.disagree")}
        </h2>
        <DiscrepancyList discrepancies={comparison.discrepancies} locale={locale} />
      </section>
    </div>
  );
}
