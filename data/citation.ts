import { formatDate } from "./format-figure";
import type { Source } from "./schema";

/** "AP, via 73165-info.com" — the original publisher first, then where the copy was read. */
export function creditLine(source: Source): string {
  return source.via ? `${source.publisher}, via ${source.via}` : source.publisher;
}

function publisherShort(source: Source): string {
  return source.publisher.replace(/\s*\(.*\)$/, "");
}

/** The title as the page states it, or that it is unknown: never words rebuilt from a URL. */
export function sourceTitle(source: Source): string {
  return source.title ?? "title unknown";
}

function shortTitle(title: string): string {
  return title.length > 48 ? `${title.slice(0, 47).trimEnd()}…` : title;
}

/**
 * Short citation for cards and chart source lines: "PISM Spotlight No. 85/2025, 15 December 2025";
 * a source with no stated date is told apart by its title ("Viasna, “Human rights situation in Belarus…”").
 */
export function formatShortCitation(source: Source): string {
  const who = source.series ? `${publisherShort(source)} ${source.series.replace(/^PISM /, "")}` : creditLine(source);
  const number = source.number ? ` No. ${source.number}` : "";
  if (source.published.date) return `${who}${number}, ${formatDate(source.published.date)}`;
  if (source.number) return `${who}${number}`;
  return source.title ? `${who}, “${shortTitle(source.title)}”` : `${who}, ${sourceTitle(source)}`;
}

/** The full reference, as printed on the sources page and in "cite this". */
export function formatCitation(source: Source): string {
  const parts: string[] = [];
  if (source.author) parts.push(source.author);
  parts.push(source.title ? `“${source.title}”` : sourceTitle(source));
  if (source.series) parts.push(source.number ? `${source.series} No. ${source.number}` : `${source.series} (no number stated)`);
  parts.push(creditLine(source));
  parts.push(source.published.date ? formatDate(source.published.date) : "publication date not stated");
  if (source.url) parts.push(source.url);
  return `${parts.join(", ")}.`;
}
