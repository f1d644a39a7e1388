import beChart from "./messages/be/chart.json" with { type: "json" };
import enChart from "./messages/en/chart.json" with { type: "json" };
import plChart from "./messages/pl/chart.json" with { type: "json" };
import ruChart from "./messages/ru/chart.json" with { type: "json" };
import beChartSpec from "./messages/be/chartSpec.json" with { type: "json" };
import enChartSpec from "./messages/en/chartSpec.json" with { type: "json" };
import plChartSpec from "./messages/pl/chartSpec.json" with { type: "json" };
import ruChartSpec from "./messages/ru/chartSpec.json" with { type: "json" };
import beChartWords from "./messages/be/chartWords.json" with { type: "json" };
import enChartWords from "./messages/en/chartWords.json" with { type: "json" };
import plChartWords from "./messages/pl/chartWords.json" with { type: "json" };
import ruChartWords from "./messages/ru/chartWords.json" with { type: "json" };
import beCompare from "./messages/be/compare.json" with { type: "json" };
import enCompare from "./messages/en/compare.json" with { type: "json" };
import plCompare from "./messages/pl/compare.json" with { type: "json" };
import ruCompare from "./messages/ru/compare.json" with { type: "json" };
import beCompareChart from "./messages/be/compareChart.json" with { type: "json" };
import enCompareChart from "./messages/en/compareChart.json" with { type: "json" };
import plCompareChart from "./messages/pl/compareChart.json" with { type: "json" };
import ruCompareChart from "./messages/ru/compareChart.json" with { type: "json" };
import beComparePage from "./messages/be/comparePage.json" with { type: "json" };
import enComparePage from "./messages/en/comparePage.json" with { type: "json" };
import plComparePage from "./messages/pl/comparePage.json" with { type: "json" };
import ruComparePage from "./messages/ru/comparePage.json" with { type: "json" };
import beEmbed from "./messages/be/embed.json" with { type: "json" };
import enEmbed from "./messages/en/embed.json" with { type: "json" };
import plEmbed from "./messages/pl/embed.json" with { type: "json" };
import ruEmbed from "./messages/ru/embed.json" with { type: "json" };
import beFeed from "./messages/be/feed.json" with { type: "json" };
import enFeed from "./messages/en/feed.json" with { type: "json" };
import plFeed from "./messages/pl/feed.json" with { type: "json" };
import ruFeed from "./messages/ru/feed.json" with { type: "json" };
import beFigure from "./messages/be/figure.json" with { type: "json" };
import enFigure from "./messages/en/figure.json" with { type: "json" };
import plFigure from "./messages/pl/figure.json" with { type: "json" };
import ruFigure from "./messages/ru/figure.json" with { type: "json" };
import beQuery from "./messages/be/query.json" with { type: "json" };
import enQuery from "./messages/en/query.json" with { type: "json" };
import plQuery from "./messages/pl/query.json" with { type: "json" };
import ruQuery from "./messages/ru/query.json" with { type: "json" };
import beShare from "./messages/be/share.json" with { type: "json" };
import enShare from "./messages/en/share.json" with { type: "json" };
import plShare from "./messages/pl/share.json" with { type: "json" };
import ruShare from "./messages/ru/share.json" with { type: "json" };
import type { Locale } from "./locales";

/**
 * The message catalogues: one JSON file per namespace and locale under data/text/messages/<locale>/, written in ICU
 * MessageFormat (plural, select). English is the reference: its keys are the type of every key; a test holds the other
 * locales to the same keys and arguments. To add a namespace, import its four files here (with the JSON import
 * attribute, which Node's own loader needs).
 */
const namespaces = {
  chart: { en: enChart, pl: plChart, be: beChart, ru: ruChart },
  chartSpec: { en: enChartSpec, pl: plChartSpec, be: beChartSpec, ru: ruChartSpec },
  chartWords: { en: enChartWords, pl: plChartWords, be: beChartWords, ru: ruChartWords },
  compare: { en: enCompare, pl: plCompare, be: beCompare, ru: ruCompare },
  compareChart: { en: enCompareChart, pl: plCompareChart, be: beCompareChart, ru: ruCompareChart },
  comparePage: { en: enComparePage, pl: plComparePage, be: beComparePage, ru: ruComparePage },
  embed: { en: enEmbed, pl: plEmbed, be: beEmbed, ru: ruEmbed },
  feed: { en: enFeed, pl: plFeed, be: beFeed, ru: ruFeed },
  figure: { en: enFigure, pl: plFigure, be: beFigure, ru: ruFigure },
  query: { en: enQuery, pl: plQuery, be: beQuery, ru: ruQuery },
  share: { en: enShare, pl: plShare, be: beShare, ru: ruShare },
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
