/** Real chart models with one value turned into a lower bound: fixtures for the renderers' lower-bound rules. */
import { buildChartModel, type ChartModel } from "@/data/chart-data";

function withLowerBound(model: ChartModel, seriesIndex: number, dataIndex: number): ChartModel {
  const series = model.series[seriesIndex]!;
  const data = series.data.map((d, i) =>
    i === dataIndex ? { ...d, y: 1000, qualifier: "more-than" as const, text: "more than 1,000" } : d,
  );
  return { ...model, series: model.series.map((s, i) => (i === seriesIndex ? { ...series, data } : s)) };
}

/** released-vs-held with December 2025's held count (index 4) as "more than 1,000". */
export const releasedVsHeldWithBound = () => withLowerBound(buildChartModel("released-vs-held"), 1, 4);

/** held-over-time with the fourth point of the main line as "more than 1,000". */
export const heldLineWithBound = () => withLowerBound(buildChartModel("held-over-time"), 0, 4);
