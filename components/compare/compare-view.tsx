import { shareForComparison } from "@/data/chart-share";
import type { Comparison } from "@/data/compare";
import { ChartFigure } from "../chart-figure";
import { SharePanel } from "../share/share-panel";
import { DiscrepancyList } from "../discrepancy-list";
import { CitedCell } from "./cited-cell";
import { CompareFigures } from "./compare-figures";
import { CompareGlance } from "./compare-glance";

function SideHeading({ side }: { side: Comparison["a"] }) {
  return side.href ? (
    <a href={side.href} className="text-accent-strong underline">
      {side.label}
    </a>
  ) : (
    <span>{side.label}</span>
  );
}

/** Two sides compared: the headline arithmetic, every fact side by side with its sources, two charts and the disagreements. */
export function CompareView({ comparison }: { comparison: Comparison }) {
  const { a, b } = comparison;
  return (
    <div className="flex flex-col gap-8" data-comparison={`${a.id}/${b.id}`}>
      <section aria-labelledby="compare-summary-title" className="flex flex-col gap-3">
        <h2 id="compare-summary-title" className="sr-only">
          In short
        </h2>
        <p className="max-w-3xl text-lg text-ink" data-compare-summary>
          {comparison.summary}
        </p>
        {comparison.overlap && <p className="max-w-3xl text-sm text-ink">{comparison.overlap}</p>}
        <CompareFigures comparison={comparison} />
      </section>

      <CompareGlance comparison={comparison} />

      <section aria-labelledby="side-by-side-title">
        <h2 id="side-by-side-title" className="text-xl font-semibold text-ink">
          Side by side
        </h2>
        <div
          className="mt-3 hidden gap-6 border-b-2 border-border pb-2 font-semibold text-ink sm:grid sm:grid-cols-[10rem_minmax(0,1fr)_minmax(0,1fr)]"
          aria-hidden="true"
        >
          <span />
          <span>{a.label}</span>
          <span>{b.label}</span>
        </div>
        {comparison.rows.map((row) => (
          <section
            key={row.id}
            aria-labelledby={`row-${row.id}`}
            className="grid grid-cols-1 gap-3 border-b border-border py-4 sm:grid-cols-[10rem_minmax(0,1fr)_minmax(0,1fr)] sm:gap-6"
            data-compare-row={row.id}
          >
            <h3 id={`row-${row.id}`} className="font-semibold text-ink">
              {row.label}
            </h3>
            <CitedCell cell={row.cells[0]} sideLabel={a.label} />
            <CitedCell cell={row.cells[1]} sideLabel={b.label} />
          </section>
        ))}
        <p className="mt-3 text-sm text-muted">
          Full detail:{" "}
          {[a, b].map((s, i) => (
            <span key={s.id}>
              {i > 0 && " · "}
              <SideHeading side={s} />
            </span>
          ))}
          .
        </p>
      </section>

      <section aria-labelledby="compare-charts-title" className="flex flex-col gap-4">
        <h2 id="compare-charts-title" className="text-xl font-semibold text-ink">
          Charts
        </h2>
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          <ChartFigure model={comparison.chart} />
          <ChartFigure model={comparison.destinationsChart} />
        </div>
      </section>

      <SharePanel model={comparison.chart} share={shareForComparison(comparison.chart, a.id, b.id)} />

      <section aria-labelledby="compare-disagree-title">
        <h2 id="compare-disagree-title" className="mb-3 text-xl font-semibold text-ink">
          Where sources disagree about either side
        </h2>
        <DiscrepancyList discrepancies={comparison.discrepancies} />
      </section>
    </div>
  );
}
