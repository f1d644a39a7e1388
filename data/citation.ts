import { formatDate, formatDateShort } from "./format-figure";
import type { Source } from "./schema";

/** The full credit with the copy that was read: "AP, via 73165-info.com". For /sources and the data downloads only. */
export function creditLine(source: Source): string {
  return source.via ? `${source.publisher}, via ${source.via}` : source.publisher;
}

/** "PISM (Polish Institute of International Affairs)" -> "PISM": the name a newsroom credits. */
export function publisherShort(source: Source): string {
  return source.publisher.replace(/\s*\(.*\)$/, "");
}

const SHORT_TITLE_MAX = 48;

/** A title cut at a word boundary, never mid-word: "Belarus frees 52 political prisoners as US lifts…". */
export function shortTitle(title: string, max = SHORT_TITLE_MAX): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  const boundary = cut.search(/\s\S*$/);
  const words = (boundary > 0 ? cut.slice(0, boundary) : cut).replace(/[\s,;:.–—-]+$/, "");
  return `${words}…`;
}

/**
 * The credit where a figure is used (cards, chart source lines, tooltips, embeds, PNG, CSV): the original publisher and
 * the date, "PISM, 15 Dec 2025", "Reuters, 30 Apr 2025". A source that states no date is told apart by a short title,
 * "AP, “Belarus frees 52 prisoners, Lithuanian president says”". Where the copy was read is on /sources, not here.
 * Data files pass `fullTitle`: a title is never cut in a download.
 */
export function formatShortCitation(source: Source, options: { fullTitle?: boolean } = {}): string {
  const who = publisherShort(source);
  if (source.published.date) return `${who}, ${formatDateShort(source.published.date)}`;
  return `${who}, “${options.fullTitle ? source.title : shortTitle(source.title)}”`;
}

/** The full reference, as printed on the sources page: with the series, the copy that was read and its address. */
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
