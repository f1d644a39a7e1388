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
import beFigure from "./messages/be/figure.json" with { type: "json" };
import enFigure from "./messages/en/figure.json" with { type: "json" };
import plFigure from "./messages/pl/figure.json" with { type: "json" };
import ruFigure from "./messages/ru/figure.json" with { type: "json" };
import type { Locale } from "./locales";

/**
 * The message catalogues: one JSON file per namespace and locale under data/text/messages/<locale>/, written in ICU
 * MessageFormat (plural, select). English is the reference: its keys are the type of every key; a test holds the other
 * locales to the same keys and arguments. To add a namespace, import its four files here.
 */
const namespaces = {
  figure: { en: enFigure, pl: plFigure, be: beFigure, ru: ruFigure },
  compare: { en: enCompare, pl: plCompare, be: beCompare, ru: ruCompare },
  compareChart: { en: enCompareChart, pl: plCompareChart, be: beCompareChart, ru: ruCompareChart },
  comparePage: { en: enComparePage, pl: plComparePage, be: beComparePage, ru: ruComparePage },
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
