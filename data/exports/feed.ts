/** /feed.xml: the dataset's changelog as an Atom 1.0 feed, one entry per release, so readers learn of new rounds and corrections. */
import { localePath } from "../text/locale-path";
import { Feed } from "feed";
import { CHANGES_PATH, FEED_PATH, FEED_TYPE, changeAnchor, changeHtml, changelog } from "../changelog";
import { dataset, type Dataset } from "../dataset";
import { datasetFor } from "../localized";
import { dateMidpoint } from "../format-figure";
import { absoluteUrl, siteUrl } from "../site";
import { DEFAULT_LOCALE, INTL_TAGS, type Locale } from "../text/locales";
import { t } from "../text/translate";

const toDate = (date: string) => new Date(dateMidpoint(date));

/** The feed of a locale's edition (pass the dataset of that locale, datasetFor(locale)): its words and links in it. */
export function buildAtomFeed(data: Dataset = dataset, origin: string = siteUrl, locale: Locale = DEFAULT_LOCALE): string {
  const entries = changelog(data);
  const changes = absoluteUrl(localePath(locale, CHANGES_PATH), origin);
  const feed = new Feed({
    id: absoluteUrl(localePath(locale, FEED_PATH), origin),
    title: t(locale, "feed.title"),
    description: data.meta.title,
    link: changes,
    feed: absoluteUrl(localePath(locale, FEED_PATH), origin),
    updated: toDate(data.meta.updated),
    language: locale === DEFAULT_LOCALE ? "en" : INTL_TAGS[locale],
    copyright: `${data.meta.licence.title} (${data.meta.licence.name})`,
    author: { name: data.meta.title },
    generator: false,
  });
  for (const entry of entries) {
    const link = `${changes}#${changeAnchor(entry)}`;
    feed.addItem({
      id: link,
      title: t(locale, "feed.entryTitle", { version: entry.version, summary: entry.summary }),
      link,
      date: toDate(entry.date),
      published: toDate(entry.date),
      description: entry.summary,
      content: changeHtml(entry),
    });
  }
  return feed.atom1();
}

/** The feed of a locale's edition as the route answers it. */
export function renderFeed(locale: Locale = DEFAULT_LOCALE): Response {
  return new Response(buildAtomFeed(datasetFor(locale), siteUrl, locale), { headers: { "Content-Type": `${FEED_TYPE}; charset=utf-8` } });
}
