import { formatDate, formatDateShort } from "./format-figure";
import type { Source } from "./schema";
import { DEFAULT_LOCALE, type Locale } from "./text/locales";
import { t } from "./text/translate";

/** The full credit with the copy that was read: "AP, via 73165-info.com". For /sources and the data downloads only. */
export function creditLine(source: Source, locale: Locale = DEFAULT_LOCALE): string {
  return source.via ? t(locale, "citation.via", { publisher: source.publisher, via: source.via }) : source.publisher;
}

/** "PISM (Polish Institute of International Affairs)" -> "PISM": the name a newsroom credits. */
export function publisherShort(source: Source): string {
  return source.publisher.replace(/\s*\(.*\)$/, "");
}

/** The title as the page states it, or that it is unknown: never words rebuilt from a URL. */
export function sourceTitle(source: Source, locale: Locale = DEFAULT_LOCALE): string {
  return source.title ?? t(locale, "citation.titleUnknown");
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

/** "Spotlight No. 85/2025", or the series with a word that it states no number. */
export function seriesNumber(source: Source, locale: Locale = DEFAULT_LOCALE): string | undefined {
  if (!source.series) return undefined;
  return source.number
    ? t(locale, "citation.seriesNumber", { series: source.series, number: source.number })
    : t(locale, "citation.seriesNoNumber", { series: source.series });
}

/**
 * The credit where a figure is used (cards, chart source lines, tooltips, embeds, PNG, CSV): the original publisher and
 * the date, "PISM, 15 Dec 2025", "Reuters, 30 Apr 2025". A source that states no date is told apart by a short title,
 * "AP, “Belarus frees 52 prisoners, Lithuanian president says”". Where the copy was read is on /sources, not here.
 * Data files pass `fullTitle`: a title is never cut in a download.
 */
export function formatShortCitation(source: Source, options: { fullTitle?: boolean } = {}, locale: Locale = DEFAULT_LOCALE): string {
  const publisher = publisherShort(source);
  if (source.published.date) return t(locale, "citation.shortDated", { publisher, date: formatDateShort(source.published.date, locale) });
  if (!source.title) return t(locale, "citation.shortUntitled", { publisher, title: sourceTitle(source, locale) });
  return t(locale, "citation.shortTitled", { publisher, title: options.fullTitle ? source.title : shortTitle(source.title) });
}

/** The full reference, as printed on the sources page: with the series, the copy that was read and its address. */
export function formatCitation(source: Source, locale: Locale = DEFAULT_LOCALE): string {
  const parts: string[] = [];
  if (source.author) parts.push(source.author);
  parts.push(source.title ? t(locale, "citation.quoted", { text: source.title }) : sourceTitle(source, locale));
  const series = seriesNumber(source, locale);
  if (series) parts.push(series);
  parts.push(creditLine(source, locale));
  parts.push(source.published.date ? formatDate(source.published.date, locale) : t(locale, "citation.dateNotStated"));
  if (source.url) parts.push(source.url);
  return `${parts.join(", ")}.`;
}
