import { latestHeldSentence } from "./chart-data";
import { dataset, type Dataset } from "./dataset";
import { latestHeld, sumRoundsInYear } from "./derive";
import { formatCount, formatFigure, formatPeriod } from "./format-figure";
import { discrepanciesFor, findRound, getFigure, releasedIn, relatedFigures } from "./queries";
import type { Discrepancy, Figure, HeadlineEntry } from "./schema";

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

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The year a figure counts when it covers exactly one calendar year (1 January to 31 December), else undefined. */
function wholeYear(figure: Figure): number | undefined {
  const { from, to } = figure.refersTo;
  const year = from.slice(0, 4);
  const starts = from === year || from === `${year}-01` || from === `${year}-01-01`;
  const ends = to === undefined ? from === year : to === year || to === `${year}-12` || to === `${year}-12-31`;
  return starts && ends ? Number(year) : undefined;
}

/** The sentence under a card's number, built from the figure, its round and its parts: nothing in it is typed. */
function context(entry: HeadlineEntry, figure: Figure, data: Dataset): string {
  const when = figure.refersTo.label ?? formatPeriod(figure.refersTo.from, figure.refersTo.to);
  const round = figure.roundId ? findRound(figure.roundId, data) : undefined;
  if (round) {
    const talks = round.talks ? `, after talks in ${round.talks.place}${round.envoys.length > 0 ? " with US envoys" : ""}` : "";
    const others = data.rounds.filter((r) => r.id !== round.id).map((r) => releasedIn(r.id, data).value);
    const largest = others.length > 0 && others.every((value) => value < figure.value) ? ": the largest group to date" : "";
    const parts = (entry.parts ?? [])
      .map((id) => getFigure(id, data))
      .map((p) => `; ${formatFigure(p)} of them were ${lowerFirst(p.label)}`);
    return `Political prisoners released in ${when}${talks}${largest}${parts.join("")}.`;
  }
  const year = figure.measure === "released" ? wholeYear(figure) : undefined;
  if (year !== undefined) {
    const sum = sumRoundsInYear(year, data);
    if (sum.inputs.length === 0) return `${figure.label}.`;
    return `${figure.label}. The ${formatCount(sum.inputs.length)} ${year} rounds add up to ${formatFigure(sum)} (${sum.formula}).`;
  }
  const series = data.series.find((x) => x.points.includes(figure.id));
  return `${series?.title ?? figure.label}, ${when}.`;
}

/** The dashboard's headline cards: data/headlines.json names each card's figure and title. */
export function headlines(data: Dataset = dataset): Headline[] {
  return data.headlines.map((entry) => {
    const figure = getFigure(entry.figureId, data);
    return {
      id: entry.id,
      title: entry.title,
      figure,
      context: context(entry, figure, data),
      discrepancies: discrepanciesFor({ figureId: figure.id }, data),
      corroboratedBy: corroboratingSources(figure, data).length,
      href: figure.roundId ? `/rounds/${figure.roundId}` : undefined,
      latest: isHeldCount(figure) ? { figure: latestHeld(data).figure, text: latestHeldSentence(data) } : undefined,
    };
  });
}
