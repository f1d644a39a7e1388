import { dataset, type Dataset } from "./dataset";
import { formatFigure, formatOrdinal } from "./format-figure";
import type { Discrepancy, Evidence, Figure, Round, RoundId, Source } from "./schema";
import { DEFAULT_LOCALE, type Locale } from "./text/locales";
import { t } from "./text/translate";

export function getSource(id: string, data: Dataset = dataset): Source {
  const source = data.sources.find((s) => s.id === id);
  if (!source) throw new Error(`Unknown source "${id}"`);
  return source;
}

const figureIndexes = new WeakMap<Dataset, Map<string, Figure>>();

/** Figures by id, built once per dataset: pages look figures up by id many times (every held count, every quote). */
function figureIndex(data: Dataset): Map<string, Figure> {
  let index = figureIndexes.get(data);
  if (!index) figureIndexes.set(data, (index = new Map(data.figures.map((f) => [f.id, f]))));
  return index;
}

export function getFigure(id: string, data: Dataset = dataset): Figure {
  const figure = figureIndex(data).get(id);
  if (!figure) throw new Error(`Unknown figure "${id}"`);
  return figure;
}

export function findRound(id: string, data: Dataset = dataset): Round | undefined {
  return data.rounds.find((r) => r.id === id);
}

export function isRoundId(id: string, data: Dataset = dataset): id is RoundId {
  return data.rounds.some((r) => r.id === id);
}

/** The figure the product shows for what was released in a round. */
export function releasedIn(roundId: RoundId, data: Dataset = dataset): Figure {
  const figure = data.figures.find((f) => f.roundId === roundId && f.measure === "released" && f.role === "shown");
  if (!figure) throw new Error(`No shown release figure for round "${roundId}"`);
  return figure;
}

/** Figures that corroborate or contradict the given one. */
export function relatedFigures(figure: Figure, data: Dataset = dataset): Figure[] {
  return data.figures.filter((f) => f.about === figure.id);
}

export function figuresForRound(roundId: RoundId, data: Dataset = dataset): Figure[] {
  return data.figures.filter((f) => f.roundId === roundId);
}

export function figuresFromSource(sourceId: string, data: Dataset = dataset): Figure[] {
  return data.figures.filter((f) => f.sourceId === sourceId);
}

/** Parts of a whole in one breakdown (destinations of a round, nationalities…), shown figures only. */
export function partsOf(whole: Figure, breakdown: Figure["breakdown"], data: Dataset = dataset): Figure[] {
  return data.figures.filter((f) => f.partOf === whole.id && f.breakdown === breakdown && f.role === "shown");
}

export function discrepanciesFor(target: { roundId?: RoundId; figureId?: string }, data: Dataset = dataset): Discrepancy[] {
  return data.discrepancies.filter(
    (d) => (target.roundId && d.rounds.includes(target.roundId)) || (target.figureId && d.figures.includes(target.figureId)),
  );
}

/** A round page's description, in its shown figure's own words ("Prisoners released on 11 September 2025: 52"). */
export function roundDescription(round: Round, data: Dataset = dataset, locale: Locale = DEFAULT_LOCALE): string {
  const released = releasedIn(round.id, data);
  return t(locale, "round.description", { label: released.label, figure: formatFigure(released, locale) });
}

/**
 * A data label set inside a sentence: its first letter lower-cased ("Sent to Lithuania…" -> "sent to Lithuania…"),
 * unless it opens with an acronym ("US citizen…"), which keeps its capitals.
 */
export function labelInSentence(label: string): string {
  const [first = "", second = ""] = label;
  return second !== second.toLowerCase() ? label : first.toLowerCase() + label.slice(1);
}

/** "December 2025 (PISM's fifth round)": the round's label (in the locale of the data it comes from) and PISM's count. */
export function roundLabel(round: Round, locale: Locale = DEFAULT_LOCALE): string {
  return round.pismRound
    ? t(locale, "round.labelPism", { label: round.label, ordinal: formatOrdinal(round.pismRound, locale) })
    : round.label;
}

export function previousRound(roundId: RoundId, data: Dataset = dataset): Round | undefined {
  const index = data.rounds.findIndex((r) => r.id === roundId);
  return index > 0 ? data.rounds[index - 1] : undefined;
}

export function nextRound(roundId: RoundId, data: Dataset = dataset): Round | undefined {
  const index = data.rounds.findIndex((r) => r.id === roundId);
  return index >= 0 ? data.rounds[index + 1] : undefined;
}

/** Every quote a round's page shows about the round itself (talks, release, envoys, returns, destinations, people). */
export function roundEvidence(round: Round): Evidence[] {
  return [
    ...(round.talks?.evidence ?? []),
    ...round.release.evidence,
    ...round.envoys.flatMap((e) => e.evidence),
    ...round.inReturn.evidence,
    ...round.destinations.evidence,
    ...round.notable.flatMap((n) => n.evidence),
  ];
}

/** The years the rounds span, from the data: "2025–2026", or "2025" when all are in one year. */
export function roundYears(data: Dataset = dataset): string {
  const first = data.rounds[0]?.release.date.slice(0, 4);
  const last = data.rounds.at(-1)?.release.date.slice(0, 4);
  return first === last ? (first ?? "") : `${first}–${last}`;
}
