import { localePath } from "./text/locale-path";
import { latestHeldSentence } from "./chart-data";
import { dataset, type Dataset } from "./dataset";
import { latestHeld, sumRoundsInYear } from "./derive";
import { formatCount, formatFigure, formatPeriod } from "./format-figure";
import { discrepanciesFor, findRound, getFigure, labelInSentence, releasedIn, relatedFigures } from "./queries";

import type { Discrepancy, Figure, HeadlineEntry } from "./schema";
import { DEFAULT_LOCALE, type Locale } from "./text/locales";
import { t } from "./text/translate";

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

/** A count of people still held, of whatever measure: its card also gives the latest dated count. */
const isHeldCount = (figure: Figure) => figure.measure === "held" || figure.measure === "prisoners-of-conscience-held";

/** The year a figure counts when it covers exactly one calendar year (1 January to 31 December), else undefined. */
function wholeYear(figure: Figure): number | undefined {
  const { from, to } = figure.refersTo;
  const year = from.slice(0, 4);
  const starts = from === year || from === `${year}-01` || from === `${year}-01-01`;
  const ends = to === undefined ? from === year : to === year || to === `${year}-12` || to === `${year}-12-31`;
  return starts && ends ? Number(year) : undefined;
}

/**
 * The sentence under a card's number, built from the figure, its round and its parts: nothing in it is typed. Each
 * sentence is one message with the data (labels set in a sentence, figures, dates) as its arguments.
 */
function context(entry: HeadlineEntry, figure: Figure, data: Dataset, locale: Locale): string {
  const when = figure.refersTo.label ?? formatPeriod(figure.refersTo.from, figure.refersTo.to, locale);
  const round = figure.roundId ? findRound(figure.roundId, data) : undefined;
  if (round) {
    const others = data.rounds.filter((r) => r.id !== round.id).map((r) => releasedIn(r.id, data).value);
    const parts = (entry.parts ?? [])
      .map((id) => getFigure(id, data))
      .map((p) => t(locale, "headline.part", { figure: formatFigure(p, locale), label: labelInSentence(p.label) }));
    return t(locale, "headline.roundContext", {
      when,
      talks: !round.talks ? "none" : round.envoys.length > 0 ? "withEnvoys" : "place",
      place: round.talks?.place ?? "",
      largest: others.length > 0 && others.every((value) => value < figure.value) ? "yes" : "no",
      parts: parts.join(""),
    });
  }
  const year = figure.measure === "released" ? wholeYear(figure) : undefined;
  if (year !== undefined) {
    const sum = sumRoundsInYear(year, data, locale);
    if (sum.inputs.length === 0) return t(locale, "headline.label", { label: figure.label });
    return t(locale, "headline.yearContext", {
      label: figure.label,
      n: sum.inputs.length,
      count: formatCount(sum.inputs.length, locale),
      year: String(year),
      sum: formatFigure(sum, locale),
      formula: sum.formula,
    });
  }
  const series = data.series.find((x) => x.points.includes(figure.id));
  return t(locale, "headline.seriesContext", { title: series?.title ?? figure.label, when });
}

/** The dashboard's headline cards: data/headlines.json names each card's figure and title. */
export function headlines(data: Dataset = dataset, locale: Locale = DEFAULT_LOCALE): Headline[] {
  return data.headlines.map((entry) => {
    const figure = getFigure(entry.figureId, data);
    return {
      id: entry.id,
      title: entry.title,
      figure,
      context: context(entry, figure, data, locale),
      discrepancies: discrepanciesFor({ figureId: figure.id }, data),
      corroboratedBy: corroboratingSources(figure, data).length,
      href: figure.roundId ? localePath(locale, `/rounds/${figure.roundId}`) : undefined,
      latest: isHeldCount(figure) ? { figure: latestHeld(data).figure, text: latestHeldSentence(data, locale) } : undefined,
    };
  });
}
