import { readRawTranslations, validateTranslations } from "./data-translations";
import { dataset, type Dataset } from "./dataset";
import type { Locale } from "./text/locales";

/**
 * Every language's dataset, built and checked once, at module load, from data/translations/<locale>.json: a missing,
 * stale or too long translation fails every test and the build here, naming the file, the entry, the field and the
 * locale.
 */
const localized: Record<Locale, Dataset> = { en: dataset, ...validateTranslations(dataset, readRawTranslations()) };

/**
 * The dataset as a reader of a locale sees it: the same figures, quotes and sources, with the labels, titles and
 * descriptions in the locale's language. Quotes are never translated. English is the dataset itself.
 */
export function datasetFor(locale: Locale): Dataset {
  return localized[locale];
}
