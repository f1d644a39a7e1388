/**
 * The downloads under /data/: the dataset (JSON, CSV, data package) and each chart's CSV. Column names and keys are
 * English in every edition; only a chart's CSV carries labels a reader reads (its series, values as shown and
 * details), and those are in the locale it is rendered for.
 */
import { buildChartModel } from "../chart-data";
import { chartIds, isChartId } from "../chart-specs";
import { datasetFor } from "../localized";
import { DEFAULT_LOCALE, type Locale } from "../text/locales";
import { buildChartCsv } from "./chart-csv";
import { buildDataPackage } from "./datapackage";
import { buildDatasetJson, buildFiguresCsv } from "./dataset-export";

const CSV = "text/csv; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";

const datasetFiles: Record<string, () => { body: string; type: string }> = {
  "dataset.json": () => ({ body: buildDatasetJson(), type: JSON_TYPE }),
  "dataset.csv": () => ({ body: buildFiguresCsv(), type: CSV }),
  "datapackage.json": () => ({ body: `${JSON.stringify(buildDataPackage(), null, 2)}\n`, type: JSON_TYPE }),
};

/** Every file name under /data/. */
export function dataFileNames(): string[] {
  return [...Object.keys(datasetFiles), ...chartIds.map((id) => `${id}.csv`)];
}

/** One file under /data/, with a chart CSV's labels in `locale`; 404 for a name that is none of them. */
export function renderDataFile(file: string, locale: Locale = DEFAULT_LOCALE): Response {
  const chartId = file.replace(/\.csv$/, "");
  const made =
    datasetFiles[file]?.() ??
    (file.endsWith(".csv") && isChartId(chartId)
      ? { body: buildChartCsv(buildChartModel(chartId, datasetFor(locale), {}, locale), datasetFor(locale)), type: CSV }
      : undefined);
  if (!made) return new Response("Not found", { status: 404 });
  return new Response(made.body, { headers: { "Content-Type": made.type } });
}
