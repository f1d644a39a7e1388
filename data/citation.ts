import { formatDate } from "./format-figure";
import type { Source } from "./schema";

/** "AP, via 73165-info.com" — the original publisher first, then where the copy was read. */
export function creditLine(source: Source): string {
  return source.via ? `${source.publisher}, via ${source.via}` : source.publisher;
}

function publisherShort(source: Source): string {
  return source.publisher.replace(/\s*\(.*\)$/, "");
}

/** Short citation for cards and chart source lines: "PISM Spotlight No. 85/2025, 15 December 2025". */
export function formatShortCitation(source: Source): string {
  const who = source.series ? `${publisherShort(source)} ${source.series.replace(/^PISM /, "")}` : creditLine(source);
  const number = source.number ? ` No. ${source.number}` : "";
  const date = source.published.date ? `, ${formatDate(source.published.date)}` : "";
  return `${who}${number}${date}`;
}

/** The full reference, as printed on the sources page and in "cite this". */
export function formatCitation(source: Source): string {
  const parts: string[] = [];
  if (source.author) parts.push(source.author);
  parts.push(`“${source.title}”`);
  if (source.series) parts.push(source.number ? `${source.series} No. ${source.number}` : `${source.series} (no number stated)`);
  parts.push(creditLine(source));
  parts.push(source.published.date ? formatDate(source.published.date) : "publication date not stated");
  if (source.url) parts.push(source.url);
  return `${parts.join(", ")}.`;
}
