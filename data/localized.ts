import { readRawTranslations, validateTranslations } from "./data-translations";
import { dataset, type Dataset } from "./dataset";
import type { Locale } from "./text/locales";

/**
 * The other languages' datasets, built and checked together the first time one is asked for (every page of /pl/, /be/
 * and /ru/ asks, so the build does): a missing, stale or too long translation fails the build and the tests there,
 * naming the file, the entry, the field and the locale. English pages never read the translations.
 */
let translated: ReturnType<typeof validateTranslations> | undefined;

/**
 * The dataset as a reader of a locale sees it: the same figures, quotes and sources, with the labels, titles and
 * descriptions in the locale's language. Quotes are never translated. English is the dataset itself.
 */
export function datasetFor(locale: Locale): Dataset {
  if (locale === "en") return dataset;
  translated ??= validateTranslations(dataset, readRawTranslations());
  return translated[locale];
}
