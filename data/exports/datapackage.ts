/** A Frictionless Data Package (https://datapackage.org/standard/data-package/) describing the downloads. */
import { buildChartModel } from "../chart-data";
import { chartIds } from "../chart-specs";
import { creditLine } from "../citation";
import { dataset, type Dataset } from "../dataset";
import { chartCsvPath, datasetFiles } from "../embed-code";
import { absoluteUrl, siteUrl } from "../site";
import { CHART_CSV_COLUMNS } from "./chart-csv";
import { FIGURE_CSV_FIELDS } from "./dataset-export";

const CHART_CSV_FIELD_INFO: Record<(typeof CHART_CSV_COLUMNS)[number], { type: string; description: string; unit?: string }> = {
  chart: { type: "string", description: "Id of the chart." },
  series: { type: "string", description: "The series the value belongs to, as the chart's legend names it." },
  x: {
    type: "string",
    description:
      "Where the value sits on the x axis: a round's label, or on time charts the date drawn (YYYY-MM-DD; the middle of the month or year when the source dates the figure only that precisely, see detail).",
  },
  date: {
    type: "string",
    description:
      "ISO 8601 date the value refers to, as precise as its source (YYYY, YYYY-MM or YYYY-MM-DD; a period is from/to). Empty for a derived value.",
  },
  value: { type: "number", description: "The value drawn, in people. Read it with `qualifier`.", unit: "people" },
  qualifier: { type: "string", description: "exact, more-than, at-least, about, or derived (computed from other figures; see detail)." },
  value_as_shown: { type: "string", description: 'The value as the chart writes it ("more than 1,000").' },
  detail: { type: "string", description: "The date the value refers to, or the formula of a derived value." },
  sources: { type: "string", description: "The original source of the value: publisher and date, or publisher and full title." },
  source_urls: { type: "string", description: "Address of the copy of the source that was read (see dataset.json for the full record)." },
  dataset_version: { type: "string", description: "Version of the dataset the file was built from." },
  dataset_updated: { type: "date", description: "Date the dataset was last updated." },
  licence: { type: "string", description: "Licence of the data." },
};

export function buildDataPackage(data: Dataset = dataset) {
  const { meta } = data;
  const license = { name: meta.licence.name, title: meta.licence.title, path: meta.licence.path };
  return {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: "belarus-political-prisoner-releases",
    id: absoluteUrl(datasetFiles.datapackage),
    title: meta.title,
    description: meta.curation,
    version: meta.version,
    created: meta.updated.length === 10 ? `${meta.updated}T00:00:00Z` : meta.updated,
    homepage: `${siteUrl}/`,
    licenses: [license],
    sources: data.sources.map((s) => ({
      title: `${creditLine(s)}: ${s.title}`,
      ...(s.url ? { path: s.url } : {}),
    })),
    resources: [
      {
        name: "figures",
        title: "Every cited figure",
        description: "One row per figure with its qualifier, the date it refers to, its source and the source's exact quote.",
        path: datasetFiles.csv.replace(/^\/data\//, ""),
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        schema: {
          fields: FIGURE_CSV_FIELDS.map((f) => ({ ...f })),
          primaryKey: ["id"],
        },
      },
      {
        name: "dataset",
        title: "The whole dataset",
        description: "Sources, rounds, figures, series and discrepancies, as validated by the project's schema.",
        path: datasetFiles.json.replace(/^\/data\//, ""),
        format: "json",
        mediatype: "application/json",
        encoding: "utf-8",
      },
      ...chartIds.map((id) => {
        const model = buildChartModel(id, data);
        return {
          name: `chart-${id}`,
          title: `Data of the chart “${model.spec.title}”`,
          description: model.spec.caption,
          path: chartCsvPath(id).replace(/^\/data\//, ""),
          format: "csv",
          mediatype: "text/csv",
          encoding: "utf-8",
          schema: { fields: CHART_CSV_COLUMNS.map((name) => ({ name, ...CHART_CSV_FIELD_INFO[name] })) },
        };
      }),
    ],
  };
}
