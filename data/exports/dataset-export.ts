/** The whole dataset as downloads: JSON (every collection, as validated) and a flat CSV of the figures. */
import Papa from "papaparse";
import { creditLine, formatShortCitation } from "../citation";
import { dataset, type Dataset } from "../dataset";
import { formatOrdinal } from "../format-figure";
import { getSource } from "../queries";
import type { Figure } from "../schema";

/**
 * /data/dataset.json keeps the shape it was published with: PISM's round number as its word ("fifth", as the file
 * has always said; the data files hold the number), and no headline cards (a choice of the dashboard, not data).
 */
export function buildDatasetJson(data: Dataset = dataset): string {
  const publicMeta = { ...data.meta };
  delete publicMeta.$schema;
  const { sources, figures, series, events, discrepancies } = data;
  const rounds = data.rounds.map((r) => (r.pismRound ? { ...r, pismRound: formatOrdinal(r.pismRound) } : r));
  return `${JSON.stringify({ meta: publicMeta, sources, rounds, figures, series, events, discrepancies }, null, 2)}\n`;
}

/** Columns of /data/dataset.csv, each with its type and meaning; the data package's schema is built from this list. */
export const FIGURE_CSV_FIELDS = [
  { name: "id", type: "string", description: "Stable id of the figure." },
  { name: "measure", type: "string", description: "What is counted: released, held, recognised-political-prisoners, …" },
  { name: "label", type: "string", description: "What was counted, in a reader's words." },
  {
    name: "value",
    type: "number",
    description: "The number, in people. Read it with `qualifier`: a lower bound is not an exact count.",
    unit: "people",
  },
  { name: "qualifier", type: "string", description: "exact, more-than (strict lower bound), at-least (lower bound) or about." },
  { name: "stated", type: "string", description: "The number as the source wrote it." },
  { name: "round_id", type: "string", description: "The release round the figure belongs to (YYYY-MM), if any." },
  {
    name: "refers_to_from",
    type: "string",
    description: "Start of the date or period the figure refers to (YYYY, YYYY-MM or YYYY-MM-DD).",
  },
  { name: "refers_to_to", type: "string", description: "End of the period, if it is one." },
  { name: "refers_to_label", type: "string", description: "The date or period in words, where the source gives one." },
  { name: "role", type: "string", description: "shown (the figure displayed), corroborates or contradicts another figure." },
  { name: "about", type: "string", description: "With corroborates/contradicts: the id of the figure this one supports or disputes." },
  { name: "part_of", type: "string", description: "Id of the whole this figure is a part of." },
  { name: "breakdown", type: "string", description: "Which split of the whole: destination, nationality, status, returned." },
  { name: "group", type: "string", description: "The category within the breakdown." },
  { name: "source_id", type: "string", description: "Id of the source in dataset.json." },
  { name: "source_credit", type: "string", description: "The original publisher to credit (and where the copy was read)." },
  {
    name: "source_citation",
    type: "string",
    description: "Short citation of the source: publisher and date, or publisher and full title.",
  },
  { name: "source_url", type: "string", description: "Address of the copy of the source that was read." },
  { name: "quote", type: "string", description: "The source's exact words containing the number." },
  { name: "note", type: "string", description: "Curators' note." },
] as const;

type FigureCsvField = (typeof FIGURE_CSV_FIELDS)[number]["name"];

export function figureCsvRow(f: Figure, data: Dataset = dataset): Record<FigureCsvField, string | number> {
  const source = getSource(f.sourceId, data);
  return {
    id: f.id,
    measure: f.measure,
    label: f.label,
    value: f.value,
    qualifier: f.qualifier,
    stated: f.stated,
    round_id: f.roundId ?? "",
    refers_to_from: f.refersTo.from,
    refers_to_to: f.refersTo.to ?? "",
    refers_to_label: f.refersTo.label ?? "",
    role: f.role,
    about: f.about ?? "",
    part_of: f.partOf ?? "",
    breakdown: f.breakdown ?? "",
    group: f.group ?? "",
    source_id: f.sourceId,
    source_credit: creditLine(source),
    source_citation: formatShortCitation(source, { fullTitle: true }),
    source_url: source.url ?? "",
    quote: f.quote,
    note: f.note ?? "",
  };
}

export function buildFiguresCsv(data: Dataset = dataset): string {
  const fields = FIGURE_CSV_FIELDS.map((f) => f.name);
  return Papa.unparse({ fields, data: data.figures.map((f) => fields.map((name) => figureCsvRow(f, data)[name])) });
}
