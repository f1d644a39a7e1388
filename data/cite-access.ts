/**
 * The reader's access date in a citation, filled in on the client: free of the dataset and of the message catalogues,
 * so "cite this" ships neither. data/cite-chart.ts writes the citations with ACCESSED_SLOT where the date goes.
 */
import { formatWithPattern, type DatePattern } from "./format-intl";

export const ACCESSED_SLOT = "\u2060{accessed}\u2060";

export interface CitationTemplates {
  plain: string;
  bibtex: string;
}

/** Today's date in the reader's time zone, as YYYY-MM-DD. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The citations with the access date (YYYY-MM-DD) in place: written out in the plain text as the page's language writes
 * dates (the server's pattern, so the browser's locale data plays no part), as is in BibTeX's urldate.
 */
export function fillAccessed(templates: CitationTemplates, accessed: string, dates: DatePattern): CitationTemplates {
  return {
    plain: templates.plain.replace(ACCESSED_SLOT, formatWithPattern(accessed, dates)),
    bibtex: templates.bibtex.replace(ACCESSED_SLOT, accessed),
  };
}
