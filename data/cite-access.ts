/**
 * The reader's access date in a citation, filled in on the client: free of the dataset and of the message catalogues,
 * so "cite this" ships neither. data/cite-chart.ts writes the citations with ACCESSED_SLOT where the date goes.
 */
import { INTL_TAGS, type Locale } from "./text/locales";

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

/** "5 January 2027" ("5 stycznia 2027"): a day's date as the locale writes it in full, as formatDate does. */
function longDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat(INTL_TAGS[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

/** The citations with the access date (YYYY-MM-DD) in place: written out in the plain text, as is in BibTeX's urldate. */
export function fillAccessed(templates: CitationTemplates, accessed: string, locale: Locale): CitationTemplates {
  return {
    plain: templates.plain.replace(ACCESSED_SLOT, longDate(accessed, locale)),
    bibtex: templates.bibtex.replace(ACCESSED_SLOT, accessed),
  };
}
