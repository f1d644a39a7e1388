import { dataset, type Dataset } from "./dataset";
import { formatDateShort } from "./format-figure";
import type { ChangelogEntry } from "./schema";
import { DEFAULT_LOCALE, type Locale } from "./text/locales";
import { t } from "./text/translate";

export const CHANGES_PATH = "/changes";
export const FEED_PATH = "/feed.xml";
export const FEED_TYPE = "application/atom+xml";

/** The feed's title in a locale ("Belarus releases: dataset changes"). */
export function feedTitle(locale: Locale = DEFAULT_LOCALE): string {
  return t(locale, "changes.feedTitle");
}

/** "Data as of 4 Dec 2026": the dataset's date, the same on every page (footer) and embed (credit line). */
export function dataAsOf(data: Dataset = dataset, locale: Locale = DEFAULT_LOCALE): string {
  return t(locale, "changes.dataAsOf", { date: formatDateShort(data.meta.updated, locale) });
}

/** Every release of the dataset, newest first. */
export function changelog(data: Dataset = dataset): ChangelogEntry[] {
  return data.meta.changelog;
}

/** The anchor of a release on the Changes page: a permalink per version. */
export function changeAnchor(entry: ChangelogEntry): string {
  return `v${entry.version.replaceAll(".", "-")}`;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A release as HTML for the feed: the summary, then what was added and what was corrected, as lists. */
export function changeHtml(entry: ChangelogEntry, locale: Locale = DEFAULT_LOCALE): string {
  const list = (heading: string, items: string[]) =>
    items.length ? `<p>${heading}</p><ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>` : "";
  return `<p>${escapeHtml(entry.summary)}</p>${list(t(locale, "changes.feedAdded"), entry.added)}${list(t(locale, "changes.feedCorrected"), entry.corrected)}`;
}
