import beFigure from "./messages/be/figure.json";
import enFigure from "./messages/en/figure.json";
import plFigure from "./messages/pl/figure.json";
import ruFigure from "./messages/ru/figure.json";
import beLocale from "./messages/be/locale.json";
import enLocale from "./messages/en/locale.json";
import plLocale from "./messages/pl/locale.json";
import ruLocale from "./messages/ru/locale.json";
import type { Locale } from "./locales";

/**
 * The message catalogues: one JSON file per namespace and locale under data/text/messages/<locale>/, written in ICU
 * MessageFormat (plural, select). English is the reference: its keys are the type of every key; a test holds the other
 * locales to the same keys and arguments. To add a namespace, import its four files here.
 */
const namespaces = {
  figure: { en: enFigure, pl: plFigure, be: beFigure, ru: ruFigure },
  locale: { en: enLocale, pl: plLocale, be: beLocale, ru: ruLocale },
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
