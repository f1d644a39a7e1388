/** /feed.xml: the dataset's changelog as an Atom 1.0 feed, one entry per release, so readers learn of new rounds and corrections. */
import { Feed } from "feed";
import { CHANGES_PATH, FEED_PATH, FEED_TITLE, changeAnchor, changeHtml, changelog } from "../changelog";
import { dataset, type Dataset } from "../dataset";
import { dateMidpoint } from "../format-figure";
import { absoluteUrl, siteUrl } from "../site";

const toDate = (date: string) => new Date(dateMidpoint(date));

export function buildAtomFeed(data: Dataset = dataset, origin: string = siteUrl): string {
  const entries = changelog(data);
  const feed = new Feed({
    id: absoluteUrl(FEED_PATH, origin),
    title: FEED_TITLE,
    description: data.meta.title,
    link: absoluteUrl(CHANGES_PATH, origin),
    feed: absoluteUrl(FEED_PATH, origin),
    updated: toDate(data.meta.updated),
    language: "en",
    copyright: `${data.meta.licence.title} (${data.meta.licence.name})`,
    author: { name: data.meta.title },
    generator: false,
  });
  for (const entry of entries) {
    const link = `${absoluteUrl(CHANGES_PATH, origin)}#${changeAnchor(entry)}`;
    feed.addItem({
      id: link,
      title: `Dataset ${entry.version}: ${entry.summary}`,
      link,
      date: toDate(entry.date),
      published: toDate(entry.date),
      description: entry.summary,
      content: changeHtml(entry),
    });
  }
  return feed.atom1();
}
