import beChartSpec from "./messages/be/chartSpec.json";
import enChartSpec from "./messages/en/chartSpec.json";
import plChartSpec from "./messages/pl/chartSpec.json";
import ruChartSpec from "./messages/ru/chartSpec.json";
import beChartWords from "./messages/be/chartWords.json";
import enChartWords from "./messages/en/chartWords.json";
import plChartWords from "./messages/pl/chartWords.json";
import ruChartWords from "./messages/ru/chartWords.json";
import beChart from "./messages/be/chart.json";
import enChart from "./messages/en/chart.json";
import plChart from "./messages/pl/chart.json";
import ruChart from "./messages/ru/chart.json";
import beShare from "./messages/be/share.json";
import enShare from "./messages/en/share.json";
import plShare from "./messages/pl/share.json";
import ruShare from "./messages/ru/share.json";
import beEmbed from "./messages/be/embed.json";
import enEmbed from "./messages/en/embed.json";
import plEmbed from "./messages/pl/embed.json";
import ruEmbed from "./messages/ru/embed.json";
import beFeed from "./messages/be/feed.json";
import enFeed from "./messages/en/feed.json";
import plFeed from "./messages/pl/feed.json";
import ruFeed from "./messages/ru/feed.json";
import beQuery from "./messages/be/query.json";
import enQuery from "./messages/en/query.json";
import plQuery from "./messages/pl/query.json";
import ruQuery from "./messages/ru/query.json";
import beFigure from "./messages/be/figure.json";
import enFigure from "./messages/en/figure.json";
import plFigure from "./messages/pl/figure.json";
import ruFigure from "./messages/ru/figure.json";
import type { Locale } from "./locales";

/**
 * The message catalogues: one JSON file per namespace and locale under data/text/messages/<locale>/, written in ICU
 * MessageFormat (plural, select). English is the reference: its keys are the type of every key; a test holds the other
 * locales to the same keys and arguments. To add a namespace, import its four files here.
 */
const namespaces = {
  figure: { en: enFigure, pl: plFigure, be: beFigure, ru: ruFigure },
  query: { en: enQuery, pl: plQuery, be: beQuery, ru: ruQuery },
  chartSpec: { en: enChartSpec, pl: plChartSpec, be: beChartSpec, ru: ruChartSpec },
  chart: { en: enChart, pl: plChart, be: beChart, ru: ruChart },
  chartWords: { en: enChartWords, pl: plChartWords, be: beChartWords, ru: ruChartWords },
  share: { en: enShare, pl: plShare, be: beShare, ru: ruShare },
  embed: { en: enEmbed, pl: plEmbed, be: beEmbed, ru: ruEmbed },
  feed: { en: enFeed, pl: plFeed, be: beFeed, ru: ruFeed },
} as const;

type Namespaces = typeof namespaces;
export type MessageKey = { [N in keyof Namespaces]: `${N}.${keyof Namespaces[N]["en"] & string}` }[keyof Namespaces];

function flatten(locale: Locale): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [namespace, byLocale] of Object.entries(namespaces)) {
    for (const [key, message] of Object.entries(byLocale[locale] as Record<string, string>)) {
      messages[`${namespace}.${key}`] = message;
    }
  }
  return messages;
}

/** Every locale's messages, flat: "figure.moreThan" → "more than {value}". */
export const catalogues: Record<Locale, Record<string, string>> = {
  en: flatten("en"),
  pl: flatten("pl"),
  be: flatten("be"),
  ru: flatten("ru"),
};
