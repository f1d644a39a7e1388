/**
 * "Cite this" for a chart: its title, the dashboard as publisher, the original sources, the permalink and the access date.
 * Pure and free of the dataset, so the client leaf can stamp the reader's own access date.
 */
import { ACCESSED_SLOT, localIsoDate, type CitationTemplates } from "./cite-access";
import { formatDate } from "./format-figure";
import { DEFAULT_LOCALE, type Locale } from "./text/locales";
import { t } from "./text/translate";

export { localIsoDate };

export interface ChartCitationInput {
  /** Stable id, used as the BibTeX key. */
  chartId: string;
  chartTitle: string;
  permalink: string;
  /** Short citations of the original sources (formatShortCitation), in the chart's order. */
  sources: string[];
  datasetTitle: string;
  datasetVersion: string;
  /** ISO date the dataset was last updated. */
  datasetUpdated: string;
  /** ISO date (YYYY-MM-DD) the reader accessed the chart. */
  accessed: string;
}

/** The text as a sentence: a full stop added unless it already ends with one (or ! or ?), as "г." does in Russian. */
export function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * Plain text, as a reference list prints it: the chart's title, the dashboard as publisher, the data's original sources
 * in short form, the permalink and the access date.
 * "“Title” (chart). Dashboard, dataset version 1.0.0, 22 November 2026. Data: PISM, 15 Dec 2025; …. URL (accessed …)."
 */
export function formatChartCitation(input: ChartCitationInput, locale: Locale = DEFAULT_LOCALE): string {
  return plainCitation(input, formatDate(input.accessed, locale), locale);
}

function plainCitation(input: Omit<ChartCitationInput, "accessed">, accessed: string, locale: Locale): string {
  return t(locale, "share.citation", {
    title: input.chartTitle,
    datasetTitle: input.datasetTitle,
    version: input.datasetVersion,
    updated: formatDate(input.datasetUpdated, locale),
    sources: sentence(input.sources.join("; ")),
    permalink: input.permalink,
    accessed,
  });
}

const BIBTEX_SPECIAL = /[\\{}&%$#_^~]/g;
const BIBTEX_ESCAPES: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "^": "\\^{}",
  "~": "\\~{}",
};

/** Escapes LaTeX's special characters in a BibTeX field value (URLs excepted: the url field takes them verbatim). */
export function escapeBibtex(text: string): string {
  return text.replace(BIBTEX_SPECIAL, (c) => BIBTEX_ESCAPES[c]!);
}

/** A @misc entry with url and urldate (biblatex) and a note naming the original sources. */
export function formatChartBibtex(input: ChartCitationInput, locale: Locale = DEFAULT_LOCALE): string {
  const fields: [string, string][] = [
    ["title", `{${escapeBibtex(input.chartTitle)}}`],
    ["howpublished", escapeBibtex(t(locale, "share.bibtexHowPublished", { version: input.datasetVersion }))],
    ["publisher", escapeBibtex(input.datasetTitle)],
    ["year", input.datasetUpdated.slice(0, 4)],
    ["url", input.permalink],
    ["urldate", input.accessed],
    ["note", escapeBibtex(sentence(t(locale, "share.bibtexNote", { sources: input.sources.join("; ") })))],
  ];
  const key = `belarus-releases-${input.chartId}`.replace(/[^A-Za-z0-9:_-]/g, "-");
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(",\n")}\n}`;
}

/**
 * Both citations in a locale with the access date left as a slot, for the client leaf that fills in the reader's own
 * date (data/cite-access.ts) without the message catalogues.
 */
export function chartCitationTemplates(citation: Omit<ChartCitationInput, "accessed">, locale: Locale = DEFAULT_LOCALE): CitationTemplates {
  return {
    plain: plainCitation(citation, ACCESSED_SLOT, locale),
    bibtex: formatChartBibtex({ ...citation, accessed: ACCESSED_SLOT }, locale),
  };
}
