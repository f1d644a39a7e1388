/** The CSV behind one chart: exactly the values it draws, each with its qualifier and original source. */
import Papa from "papaparse";
import type { ChartDatum, ChartModel } from "../chart-data";
import { formatShortCitation } from "../citation";
import type { Dataset } from "../dataset";
import { dataset } from "../dataset";
import { getFigure, getSource } from "../queries";

export const CHART_CSV_COLUMNS = [
  "chart",
  "series",
  "x",
  "date",
  "value",
  "qualifier",
  "value_as_shown",
  "detail",
  "sources",
  "source_urls",
  "dataset_version",
  "dataset_updated",
  "licence",
] as const;

export type ChartCsvRow = Record<(typeof CHART_CSV_COLUMNS)[number], string | number>;

function isoDay(timestamp: number): string {
  return new Date(timestamp).toISOString().slice(0, 10);
}

/** The ISO date or period ("2025-01-01/2025-12-31") the value refers to, as precise as its source: "2025-09" stays a month. */
function isoDate(d: ChartDatum, data: Dataset): string {
  if (!d.figureId) return "";
  const { from, to } = getFigure(d.figureId, data).refersTo;
  return to && to !== from ? `${from}/${to}` : from;
}

/** A stated value's source, credited in full (titles uncut) with its address; a derived value names its inputs in detail. */
function sourceOf(d: ChartDatum, data: Dataset): { sources: string; source_urls: string } {
  if (!d.figureId) return { sources: d.sources.join("; "), source_urls: "" };
  const source = getSource(getFigure(d.figureId, data).sourceId, data);
  return { sources: formatShortCitation(source, { fullTitle: true }), source_urls: source.url ?? "" };
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
        date: isoDate(d, data),
        value: d.y!,
        qualifier: d.qualifier,
        value_as_shown: d.text,
        detail: d.detail,
        ...sourceOf(d, data),
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
