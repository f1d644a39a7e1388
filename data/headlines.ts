import { latestHeldSentence } from "./chart-data";
import { dataset, type Dataset } from "./dataset";
import { latestHeld, sum2025Rounds } from "./derive";
import { formatFigure, formatPeriod } from "./format-figure";
import { discrepanciesFor, getFigure, partsOf, relatedFigures } from "./queries";
import type { Discrepancy, Figure } from "./schema";

export interface Headline {
  id: string;
  title: string;
  figure: Figure;
  /** What was counted and when, in a sentence built from the data. */
  context: string;
  discrepancies: Discrepancy[];
  /** Distinct sources, other than the figure's own, that corroborate it. */
  corroboratedBy: number;
  /** A second, dated figure shown beside the card's figure, with the sentence that places it in time. */
  latest?: { figure: Figure; text: string };
  href?: string;
}

/** Sources other than the figure's own that corroborate it: a source's second sentence is not a second source. */
export function corroboratingSources(figure: Figure, data: Dataset = dataset): string[] {
  const ids = relatedFigures(figure, data)
    .filter((f) => f.role === "corroborates" && f.sourceId !== figure.sourceId)
    .map((f) => f.sourceId);
  return [...new Set(ids)];
}

/** The four headline cards of the dashboard, each built from a shown figure. */
export function headlines(data: Dataset = dataset): Headline[] {
  const fifth = getFigure("released-2025-12-pism", data);
  const sixth = getFigure("released-2026-03-pism", data);
  const [lithuania] = partsOf(sixth, "destination", data).filter((p) => p.group === "Lithuania");
  const year = getFigure("released-2025-total-pism", data);
  const sum = sum2025Rounds(data);
  const held = getFigure("held-2025-12-pism", data);
  const card = (id: string, title: string, figure: Figure, context: string, href?: string): Headline => ({
    id,
    title,
    figure,
    context,
    discrepancies: discrepanciesFor({ figureId: figure.id }, data),
    corroboratedBy: corroboratingSources(figure, data).length,
    href,
  });
  return [
    card(
      "fifth-round",
      "Released after the fifth round",
      fifth,
      `Political prisoners released in ${formatPeriod(fifth.refersTo.from)}, after talks in Minsk with US envoys.`,
      `/rounds/${fifth.roundId}`,
    ),
    card(
      "sixth-round",
      "Released after the sixth round",
      sixth,
      `Political prisoners released in ${formatPeriod(sixth.refersTo.from)}: the largest group to date${lithuania ? `; ${formatFigure(lithuania)} of them were sent to Lithuania without documents` : ""}.`,
      `/rounds/${sixth.roundId}`,
    ),
    card(
      "year-2025",
      "Released across 2025",
      year,
      `People released in ${formatPeriod(year.refersTo.from, year.refersTo.to)} after all rounds of US–Belarus talks. The five 2025 rounds add up to ${formatFigure(sum)} (${sum.formula}).`,
    ),
    {
      ...card(
        "still-held",
        "Still held",
        held,
        `People considered prisoners of conscience still held in Belarusian prisons, ${held.refersTo.label ?? formatPeriod(held.refersTo.from)}.`,
      ),
      latest: { figure: latestHeld(data).figure, text: latestHeldSentence(data) },
    },
  ];
}
