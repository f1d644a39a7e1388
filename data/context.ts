import { dataset, type Dataset } from "./dataset";
import { latestHeld, sum2025Rounds } from "./derive";
import { formatCount, formatDate, formatFigure } from "./format-figure";
import { getFigure, releasedIn } from "./queries";
import type { Figure } from "./schema";
import type { MessageKey } from "./text/catalogues";
import { DEFAULT_LOCALE, type Locale } from "./text/locales";
import { t, type MessageValues } from "./text/translate";

/**
 * Figures that explain why the count still held barely falls, each with its scope in words. They count different
 * things over different periods, so none is added to, subtracted from or compared with another or with the rounds.
 */
const CONTEXT: { figureId: string; scope: MessageKey; values?: (data: Dataset, locale: Locale) => MessageValues }[] = [
  { figureId: "released-since-2024-07-ap", scope: "context.scopeReleasedSince2024" },
  { figureId: "pardoned-since-2020-viasna", scope: "context.scopePardonedSince2020", values: pardonsSince2020 },
  {
    figureId: "pardoned-2025-us-assisted",
    scope: "context.scopePardonedUsAssisted",
    values: (data, locale) => {
      const sum = sum2025Rounds(data, locale);
      return { rounds: formatCount(sum.inputs.length, locale), sum: formatFigure(sum, locale) };
    },
  },
  { figureId: "expelled-2025-viasna", scope: "context.scopeExpelled2025" },
  { figureId: "newly-recognised-2025-09-12", scope: "context.scopeNewlyRecognised" },
];

/** Viasna's count of pardons since 2020 runs to the 18 pardoned on 5 March 2026; the round released after it is not in it. */
function pardonsSince2020(data: Dataset, locale: Locale): MessageValues {
  const pardoned = data.figures.find((f) => f.id === "pardoned-2026-03-05-ap");
  const later = pardoned && data.rounds.find((r) => r.release.date > pardoned.refersTo.from);
  return {
    upTo: pardoned ? "yes" : "no",
    pardoned: pardoned ? formatFigure(pardoned, locale) : "",
    pardonedDate: pardoned ? formatDate(pardoned.refersTo.from, locale) : "",
    later: later ? "yes" : "no",
    released: later ? formatFigure(releasedIn(later.id, data), locale) : "",
    releasedDate: later ? formatDate(later.release.date, locale) : "",
  };
}

export interface ContextFigure {
  figure: Figure;
  scope: string;
}

/** The context figures that the dataset holds (a dataset without one, e.g. a test fixture, simply lists fewer). */
export function contextFigures(data: Dataset = dataset, locale: Locale = DEFAULT_LOCALE): ContextFigure[] {
  return CONTEXT.flatMap(({ figureId, scope, values }) => {
    const figure = data.figures.find((f) => f.id === figureId);
    return figure ? [{ figure, scope: t(locale, scope, values?.(data, locale)) }] : [];
  });
}

/** The first and latest of Viasna's dated counts, in one sentence built from the data. */
export function heldChangeSentence(data: Dataset = dataset, locale: Locale = DEFAULT_LOCALE): string {
  const main = data.series.find((s) => s.id === "held")!;
  const first = getFigure(main.points[0]!, data);
  const { figure: last } = latestHeld(data);
  return t(locale, "context.heldChange", {
    first: formatFigure(first, locale),
    firstDate: formatDate(first.refersTo.from, locale),
    last: formatFigure(last, locale),
    lastDate: formatDate(last.refersTo.from, locale),
    rounds: data.rounds.filter((r) => r.release.date > first.refersTo.from && r.release.date <= last.refersTo.from).length,
  });
}
