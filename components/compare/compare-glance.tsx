import type { Comparison } from "@/data/compare";
import { buildGlanceChart } from "@/data/compare-chart";
import { ChartFigure } from "../chart-figure";

/**
 * Both sides on one chart, drawn by the same encoding as every chart: released, held before and after, destinations.
 * Static SVG only (its marks keep their native tooltips), so the comparison pages stay inside their byte budget.
 */
export function CompareGlance({ comparison }: { comparison: Comparison }) {
  return (
    <section aria-label="At a glance" data-compare-glance>
      <ChartFigure model={buildGlanceChart(comparison)} headingLevel={2} interactive={false} />
    </section>
  );
}
