/** How a link to a disagreement reads where a figure is used: the numbers in dispute, never a bare "Sources disagree". */
import { localePath } from "./text/locale-path";
import { dataset, type Dataset } from "./dataset";
import { derivedFigure } from "./derive";
import { formatFigure } from "./format-figure";
import { getFigure } from "./queries";
import type { Discrepancy } from "./schema";

import { DEFAULT_LOCALE, type Locale } from "./text/locales";
import { intlFor, t } from "./text/translate";

/** Where a disagreement is set out in full: every side with its figure, quote and source. */
export function discrepancyHref(discrepancy: Discrepancy, locale: Locale = DEFAULT_LOCALE): string {
  return localePath(locale, `/sources#discrepancy-${discrepancy.id}`);
}

/**
 * "123 or 156?", "194, 193 or 342?": the figure a reader is looking at first, then the other sides' numbers, each
 * once. Built from the discrepancy's own figures and derived figures, so two links never read alike by accident.
 */
export function disagreementQuestion(
  discrepancy: Discrepancy,
  figureId: string,
  data: Dataset = dataset,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const own = discrepancy.figures.includes(figureId) ? [getFigure(figureId, data)] : [];
  const others = [
    ...discrepancy.figures.filter((id) => id !== figureId).map((id) => getFigure(id, data)),
    ...discrepancy.derived.map((id) => derivedFigure(id, data, locale)),
  ];
  const sides = [...new Set([...own, ...others].map((f) => formatFigure(f, locale)))];
  if (sides.length < 2) return t(locale, "disagreement.single", { side: sides[0] ?? discrepancy.title });
  return t(locale, "disagreement.question", { sides: intlFor(locale).formatList(sides, { type: "disjunction" }) });
}
