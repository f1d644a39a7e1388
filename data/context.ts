import { dataset, type Dataset } from "./dataset";
import { latestHeld } from "./derive";
import { formatDate, formatFigure } from "./format-figure";
import { getFigure } from "./queries";
import type { Figure } from "./schema";

/**
 * Figures that explain why the count still held barely falls, each with its scope in words. They count different
 * things over different periods, so none is added to, subtracted from or compared with another or with the rounds.
 */
const CONTEXT: { figureId: string; scope: string }[] = [
  {
    figureId: "released-since-2024-07-ap",
    scope:
      "Every prisoner released since July 2024, by any route (pardons, the rounds, the end of a sentence), and not only political prisoners.",
  },
  {
    figureId: "pardoned-since-2020-viasna",
    scope:
      "Pardons only, since 2020, up to the 18 pardoned on 5 March 2026. It leaves out people freed at the end of their sentence, and the 250 of 19 March 2026.",
  },
  {
    figureId: "pardoned-2025-us-assisted",
    scope:
      "Pardons in 2025 (to 23 December) that Viasna counts as made with US assistance: a wider definition than the five 2025 rounds, which add up to 193.",
  },
  {
    figureId: "expelled-2025-viasna",
    scope:
      "Former political prisoners forced out of Belarus after a pardon or release in 2025: a part of those released, not an addition to them.",
  },
  {
    figureId: "newly-recognised-2025-09-12",
    scope:
      "People newly designated political prisoners by Viasna in the three months between the September and December 2025 rounds: the inflow that offsets releases. A designation can come long after an arrest.",
  },
];

export const CONTEXT_TITLE = "Why the count still held barely falls";

export const CONTEXT_NOT_COMPARABLE =
  "These numbers count different things (releases of any prisoner, pardons, pardons with US help, expulsions, new designations) over different periods and by different counters, so they cannot be added up, subtracted or set against each other or against the rounds. Together they show why the count of political prisoners still held moves little: people are freed, but others are designated political prisoners all the time.";

export interface ContextFigure {
  figure: Figure;
  scope: string;
}

/** The context figures that the dataset holds (a dataset without one, e.g. a test fixture, simply lists fewer). */
export function contextFigures(data: Dataset = dataset): ContextFigure[] {
  return CONTEXT.flatMap(({ figureId, scope }) => {
    const figure = data.figures.find((f) => f.id === figureId);
    return figure ? [{ figure, scope }] : [];
  });
}

/** The first and latest of Viasna's dated counts, in one sentence built from the data. */
export function heldChangeSentence(data: Dataset = dataset): string {
  const main = data.series.find((s) => s.id === "held")!;
  const first = getFigure(main.points[0]!, data);
  const { figure: last } = latestHeld(data);
  return `Viasna counted ${formatFigure(first)} political prisoners held on ${formatDate(first.refersTo.from)} and ${formatFigure(last)} on ${formatDate(last.refersTo.from)}, after ${data.rounds.filter((r) => r.release.date > first.refersTo.from && r.release.date <= last.refersTo.from).length} rounds of releases.`;
}
