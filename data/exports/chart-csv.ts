/** The CSV behind one chart: exactly the values it draws, each with its qualifier and original source. */
import Papa from "papaparse";
import type { ChartModel } from "../chart-data";
import type { Dataset } from "../dataset";
import { dataset } from "../dataset";

export const CHART_CSV_COLUMNS = [
  "chart",
  "series",
  "x",
  "value",
  "qualifier",
  "value_as_shown",
  "detail",
  "sources",
  "dataset_version",
  "dataset_updated",
  "licence",
] as const;

export type ChartCsvRow = Record<(typeof CHART_CSV_COLUMNS)[number], string | number>;

function isoDay(timestamp: number): string {
  return new Date(timestamp).toISOString().slice(0, 10);
}

/** One row per drawn value (values not drawn, such as a missing held count, are left out). */
export function chartCsvRows(model: ChartModel, data: Dataset = dataset): ChartCsvRow[] {
  return model.series.flatMap((series) =>
    series.data
      .filter((d) => d.y !== null)
      .map((d) => ({
        chart: model.spec.id,
        series: series.label,
        x: typeof d.x === "number" ? isoDay(d.x) : d.x,
        value: d.y!,
        qualifier: d.qualifier,
        value_as_shown: d.text,
        detail: d.detail,
        sources: d.sources.join("; "),
        dataset_version: data.meta.version,
        dataset_updated: data.meta.updated,
        licence: data.meta.licence.name,
      })),
  );
}

export function buildChartCsv(model: ChartModel, data: Dataset = dataset): string {
  return Papa.unparse({
    fields: [...CHART_CSV_COLUMNS],
    data: chartCsvRows(model, data).map((row) => CHART_CSV_COLUMNS.map((c) => row[c])),
  });
}
