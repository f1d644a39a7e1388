import beChanges from "./messages/be/changes.json" with { type: "json" };
import enChanges from "./messages/en/changes.json" with { type: "json" };
import plChanges from "./messages/pl/changes.json" with { type: "json" };
import ruChanges from "./messages/ru/changes.json" with { type: "json" };
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
import beCitation from "./messages/be/citation.json" with { type: "json" };
import enCitation from "./messages/en/citation.json" with { type: "json" };
import plCitation from "./messages/pl/citation.json" with { type: "json" };
import ruCitation from "./messages/ru/citation.json" with { type: "json" };
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
import beContext from "./messages/be/context.json" with { type: "json" };
import enContext from "./messages/en/context.json" with { type: "json" };
import plContext from "./messages/pl/context.json" with { type: "json" };
import ruContext from "./messages/ru/context.json" with { type: "json" };
import beDashboard from "./messages/be/dashboard.json" with { type: "json" };
import enDashboard from "./messages/en/dashboard.json" with { type: "json" };
import plDashboard from "./messages/pl/dashboard.json" with { type: "json" };
import ruDashboard from "./messages/ru/dashboard.json" with { type: "json" };
import beDerived from "./messages/be/derived.json" with { type: "json" };
import enDerived from "./messages/en/derived.json" with { type: "json" };
import plDerived from "./messages/pl/derived.json" with { type: "json" };
import ruDerived from "./messages/ru/derived.json" with { type: "json" };
import beDisagreement from "./messages/be/disagreement.json" with { type: "json" };
import enDisagreement from "./messages/en/disagreement.json" with { type: "json" };
import plDisagreement from "./messages/pl/disagreement.json" with { type: "json" };
import ruDisagreement from "./messages/ru/disagreement.json" with { type: "json" };
import beEmbed from "./messages/be/embed.json" with { type: "json" };
import enEmbed from "./messages/en/embed.json" with { type: "json" };
import plEmbed from "./messages/pl/embed.json" with { type: "json" };
import ruEmbed from "./messages/ru/embed.json" with { type: "json" };
import beError from "./messages/be/error.json" with { type: "json" };
import enError from "./messages/en/error.json" with { type: "json" };
import plError from "./messages/pl/error.json" with { type: "json" };
import ruError from "./messages/ru/error.json" with { type: "json" };
import beEvents from "./messages/be/events.json" with { type: "json" };
import enEvents from "./messages/en/events.json" with { type: "json" };
import plEvents from "./messages/pl/events.json" with { type: "json" };
import ruEvents from "./messages/ru/events.json" with { type: "json" };
import beFeed from "./messages/be/feed.json" with { type: "json" };
import enFeed from "./messages/en/feed.json" with { type: "json" };
import plFeed from "./messages/pl/feed.json" with { type: "json" };
import ruFeed from "./messages/ru/feed.json" with { type: "json" };
import beFigure from "./messages/be/figure.json" with { type: "json" };
import enFigure from "./messages/en/figure.json" with { type: "json" };
import plFigure from "./messages/pl/figure.json" with { type: "json" };
import ruFigure from "./messages/ru/figure.json" with { type: "json" };
import beFigures from "./messages/be/figures.json" with { type: "json" };
import enFigures from "./messages/en/figures.json" with { type: "json" };
import plFigures from "./messages/pl/figures.json" with { type: "json" };
import ruFigures from "./messages/ru/figures.json" with { type: "json" };
import beHeadline from "./messages/be/headline.json" with { type: "json" };
import enHeadline from "./messages/en/headline.json" with { type: "json" };
import plHeadline from "./messages/pl/headline.json" with { type: "json" };
import ruHeadline from "./messages/ru/headline.json" with { type: "json" };
import beLocale from "./messages/be/locale.json" with { type: "json" };
import enLocale from "./messages/en/locale.json" with { type: "json" };
import plLocale from "./messages/pl/locale.json" with { type: "json" };
import ruLocale from "./messages/ru/locale.json" with { type: "json" };
import beQuery from "./messages/be/query.json" with { type: "json" };
import enQuery from "./messages/en/query.json" with { type: "json" };
import plQuery from "./messages/pl/query.json" with { type: "json" };
import ruQuery from "./messages/ru/query.json" with { type: "json" };
import beRound from "./messages/be/round.json" with { type: "json" };
import enRound from "./messages/en/round.json" with { type: "json" };
import plRound from "./messages/pl/round.json" with { type: "json" };
import ruRound from "./messages/ru/round.json" with { type: "json" };
import beShare from "./messages/be/share.json" with { type: "json" };
import enShare from "./messages/en/share.json" with { type: "json" };
import plShare from "./messages/pl/share.json" with { type: "json" };
import ruShare from "./messages/ru/share.json" with { type: "json" };
import beSite from "./messages/be/site.json" with { type: "json" };
import enSite from "./messages/en/site.json" with { type: "json" };
import plSite from "./messages/pl/site.json" with { type: "json" };
import ruSite from "./messages/ru/site.json" with { type: "json" };
import beSources from "./messages/be/sources.json" with { type: "json" };
import enSources from "./messages/en/sources.json" with { type: "json" };
import plSources from "./messages/pl/sources.json" with { type: "json" };
import ruSources from "./messages/ru/sources.json" with { type: "json" };
import type { Locale } from "./locales";

/**
 * The message catalogues: one JSON file per namespace and locale under data/text/messages/<locale>/, written in ICU
 * MessageFormat (plural, select). English is the reference: its keys are the type of every key; a test holds the other
 * locales to the same keys and arguments. To add a namespace, import its four files here (with the JSON import
 * attribute, which Node's own loader needs).
 */
const namespaces = {
  changes: { en: enChanges, pl: plChanges, be: beChanges, ru: ruChanges },
  chart: { en: enChart, pl: plChart, be: beChart, ru: ruChart },
  chartSpec: { en: enChartSpec, pl: plChartSpec, be: beChartSpec, ru: ruChartSpec },
  chartWords: { en: enChartWords, pl: plChartWords, be: beChartWords, ru: ruChartWords },
  citation: { en: enCitation, pl: plCitation, be: beCitation, ru: ruCitation },
  compare: { en: enCompare, pl: plCompare, be: beCompare, ru: ruCompare },
  compareChart: { en: enCompareChart, pl: plCompareChart, be: beCompareChart, ru: ruCompareChart },
  comparePage: { en: enComparePage, pl: plComparePage, be: beComparePage, ru: ruComparePage },
  context: { en: enContext, pl: plContext, be: beContext, ru: ruContext },
  dashboard: { en: enDashboard, pl: plDashboard, be: beDashboard, ru: ruDashboard },
  derived: { en: enDerived, pl: plDerived, be: beDerived, ru: ruDerived },
  disagreement: { en: enDisagreement, pl: plDisagreement, be: beDisagreement, ru: ruDisagreement },
  embed: { en: enEmbed, pl: plEmbed, be: beEmbed, ru: ruEmbed },
  error: { en: enError, pl: plError, be: beError, ru: ruError },
  events: { en: enEvents, pl: plEvents, be: beEvents, ru: ruEvents },
  feed: { en: enFeed, pl: plFeed, be: beFeed, ru: ruFeed },
  figure: { en: enFigure, pl: plFigure, be: beFigure, ru: ruFigure },
  figures: { en: enFigures, pl: plFigures, be: beFigures, ru: ruFigures },
  headline: { en: enHeadline, pl: plHeadline, be: beHeadline, ru: ruHeadline },
  locale: { en: enLocale, pl: plLocale, be: beLocale, ru: ruLocale },
  query: { en: enQuery, pl: plQuery, be: beQuery, ru: ruQuery },
  round: { en: enRound, pl: plRound, be: beRound, ru: ruRound },
  share: { en: enShare, pl: plShare, be: beShare, ru: ruShare },
  site: { en: enSite, pl: plSite, be: beSite, ru: ruSite },
  sources: { en: enSources, pl: plSources, be: beSources, ru: ruSources },
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
