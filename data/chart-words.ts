import type { ChartModel } from "./chart-data";
import { qualifierDescription } from "./format-figure";
import type { Qualifier } from "./schema";
import { DEFAULT_LOCALE, type Locale } from "./text/locales";
import { t } from "./text/translate";

/**
 * The few words the chart renderers write beside a model's own text (the lower-bound legend, tooltips). A chart model
 * carries them resolved in its language, so the client leaf that draws the canvas reads them from the model and never
 * loads the message catalogues.
 */
export interface ChartWords {
  lowerBoundLegend: string;
  /** "Source", before a tooltip's source list. */
  source: string;
  qualifiers: Record<Qualifier, string>;
}

const QUALIFIERS: Qualifier[] = ["exact", "more-than", "at-least", "about"];

export function chartWords(locale: Locale = DEFAULT_LOCALE): ChartWords {
  return {
    lowerBoundLegend: t(locale, "chartWords.lowerBoundLegend"),
    source: t(locale, "chartWords.source"),
    qualifiers: Object.fromEntries(QUALIFIERS.map((q) => [q, qualifierDescription(q, locale)])) as Record<Qualifier, string>,
  };
}

/** The model with its renderers' words, in its own language (for models built without them, such as comparisons'). */
export function withChartWords(model: ChartModel): ChartModel {
  return model.words ? model : { ...model, words: chartWords(model.locale ?? DEFAULT_LOCALE) };
}
