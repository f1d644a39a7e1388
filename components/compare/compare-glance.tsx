import type { Comparison } from "@/data/compare";
import { buildGlanceChart } from "@/data/compare-chart";
import { datasetFor } from "@/data/localized";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { ChartFigure } from "../chart-figure";

/**
 * Both sides on one chart, drawn by the same encoding as every chart: released, held before and after, destinations.
 * Static SVG only (its marks keep their native tooltips), so the comparison pages stay inside their byte budget.
 */
export function CompareGlance({ comparison, locale = DEFAULT_LOCALE }: { comparison: Comparison; locale?: Locale }) {
  return (
    <section aria-label={t(locale, "comparePage.atAGlance")} data-compare-glance>
      <ChartFigure model={buildGlanceChart(comparison, datasetFor(locale), locale)} headingLevel={2} interactive={false} locale={locale} />
    </section>
  );
}
