import beFigure from "./messages/be/figure.json";
import enFigure from "./messages/en/figure.json";
import plFigure from "./messages/pl/figure.json";
import ruFigure from "./messages/ru/figure.json";
import beChanges from "./messages/be/changes.json";
import enChanges from "./messages/en/changes.json";
import plChanges from "./messages/pl/changes.json";
import ruChanges from "./messages/ru/changes.json";
import beCitation from "./messages/be/citation.json";
import enCitation from "./messages/en/citation.json";
import plCitation from "./messages/pl/citation.json";
import ruCitation from "./messages/ru/citation.json";
import beContext from "./messages/be/context.json";
import enContext from "./messages/en/context.json";
import plContext from "./messages/pl/context.json";
import ruContext from "./messages/ru/context.json";
import beDashboard from "./messages/be/dashboard.json";
import enDashboard from "./messages/en/dashboard.json";
import plDashboard from "./messages/pl/dashboard.json";
import ruDashboard from "./messages/ru/dashboard.json";
import beDerived from "./messages/be/derived.json";
import enDerived from "./messages/en/derived.json";
import plDerived from "./messages/pl/derived.json";
import ruDerived from "./messages/ru/derived.json";
import beDisagreement from "./messages/be/disagreement.json";
import enDisagreement from "./messages/en/disagreement.json";
import plDisagreement from "./messages/pl/disagreement.json";
import ruDisagreement from "./messages/ru/disagreement.json";
import beError from "./messages/be/error.json";
import enError from "./messages/en/error.json";
import plError from "./messages/pl/error.json";
import ruError from "./messages/ru/error.json";
import beEvents from "./messages/be/events.json";
import enEvents from "./messages/en/events.json";
import plEvents from "./messages/pl/events.json";
import ruEvents from "./messages/ru/events.json";
import beFigures from "./messages/be/figures.json";
import enFigures from "./messages/en/figures.json";
import plFigures from "./messages/pl/figures.json";
import ruFigures from "./messages/ru/figures.json";
import beHeadline from "./messages/be/headline.json";
import enHeadline from "./messages/en/headline.json";
import plHeadline from "./messages/pl/headline.json";
import ruHeadline from "./messages/ru/headline.json";
import beRound from "./messages/be/round.json";
import enRound from "./messages/en/round.json";
import plRound from "./messages/pl/round.json";
import ruRound from "./messages/ru/round.json";
import beSite from "./messages/be/site.json";
import enSite from "./messages/en/site.json";
import plSite from "./messages/pl/site.json";
import ruSite from "./messages/ru/site.json";
import beSources from "./messages/be/sources.json";
import enSources from "./messages/en/sources.json";
import plSources from "./messages/pl/sources.json";
import ruSources from "./messages/ru/sources.json";
import type { Locale } from "./locales";

/**
 * The message catalogues: one JSON file per namespace and locale under data/text/messages/<locale>/, written in ICU
 * MessageFormat (plural, select). English is the reference: its keys are the type of every key; a test holds the other
 * locales to the same keys and arguments. To add a namespace, import its four files here.
 */
const namespaces = {
  figure: { en: enFigure, pl: plFigure, be: beFigure, ru: ruFigure },
  changes: { en: enChanges, pl: plChanges, be: beChanges, ru: ruChanges },
  citation: { en: enCitation, pl: plCitation, be: beCitation, ru: ruCitation },
  context: { en: enContext, pl: plContext, be: beContext, ru: ruContext },
  dashboard: { en: enDashboard, pl: plDashboard, be: beDashboard, ru: ruDashboard },
  derived: { en: enDerived, pl: plDerived, be: beDerived, ru: ruDerived },
  disagreement: { en: enDisagreement, pl: plDisagreement, be: beDisagreement, ru: ruDisagreement },
  error: { en: enError, pl: plError, be: beError, ru: ruError },
  events: { en: enEvents, pl: plEvents, be: beEvents, ru: ruEvents },
  figures: { en: enFigures, pl: plFigures, be: beFigures, ru: ruFigures },
  headline: { en: enHeadline, pl: plHeadline, be: beHeadline, ru: ruHeadline },
  round: { en: enRound, pl: plRound, be: beRound, ru: ruRound },
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
