import { dataset, type Dataset } from "./dataset";
import { dateMidpoint, daysBetween, formatCount, formatFigure, formatNumber, isLowerBound } from "./format-figure";
import { MAX_FORMULA_TERMS } from "./page-limits";
import { getFigure, releasedIn } from "./queries";
import type { DerivedId, Figure, Qualifier, Round } from "./schema";
import { DEFAULT_LOCALE, type Locale } from "./text/locales";
import { t } from "./text/translate";

/** A number computed from stated figures; it always carries the formula that produced it. */
export interface DerivedFigure {
  id: string;
  label: string;
  value: number;
  qualifier: Qualifier;
  formula: string;
  inputs: Figure[];
}

/**
 * The qualifier of a sum: exact only if every term is exact; a lower bound stays a lower bound
 * ("at least" once terms differ); any approximate term makes the result approximate.
 */
export function sumQualifier(qualifiers: Qualifier[]): Qualifier {
  if (qualifiers.includes("about")) return "about";
  const bounds = qualifiers.filter((q) => q !== "exact");
  if (bounds.length === 0) return "exact";
  return bounds.every((q) => q === "more-than") ? "more-than" : "at-least";
}

export function sumFigures(id: string, label: string, inputs: Figure[], locale: Locale = DEFAULT_LOCALE): DerivedFigure {
  const value = inputs.reduce((total, f) => total + f.value, 0);
  return {
    id,
    label,
    value,
    qualifier: sumQualifier(inputs.map((f) => f.qualifier)),
    formula: `${inputs.map((f) => formatFigure(f, locale)).join(" + ")} = ${formatNumber(value, locale)}`,
    inputs,
  };
}

export function roundsInYear(year: number, data: Dataset = dataset): Round[] {
  return data.rounds.filter((r) => r.release.date.startsWith(`${year}`));
}

/** What the rounds released in one year add up to (the rounds, not a source's total for the year). */
export function sumRoundsInYear(year: number, data: Dataset = dataset, locale: Locale = DEFAULT_LOCALE): DerivedFigure {
  const inputs = roundsInYear(year, data).map((r) => releasedIn(r.id, data));
  const label = t(locale, "derived.sumRoundsInYear", { n: inputs.length, count: formatCount(inputs.length, locale), year: String(year) });
  return sumFigures(`sum-${year}-rounds`, label, inputs, locale);
}

export function sum2025Rounds(data: Dataset = dataset, locale: Locale = DEFAULT_LOCALE): DerivedFigure {
  return sumRoundsInYear(2025, data, locale);
}

export function derivedFigure(id: DerivedId, data: Dataset = dataset, locale: Locale = DEFAULT_LOCALE): DerivedFigure {
  switch (id) {
    case "sum-2025-rounds":
      return sum2025Rounds(data, locale);
  }
}

/**
 * Running total of releases after each round, in date order. Up to MAX_FORMULA_TERMS rounds its formula lists every
 * round; after that it adds the round to the previous total, so a table of all totals grows with the rounds, not
 * with their square.
 */
export function cumulativeReleases(
  data: Dataset = dataset,
  locale: Locale = DEFAULT_LOCALE,
): { round: Round; released: Figure; total: DerivedFigure }[] {
  const inputs: Figure[] = [];
  let previous: { round: Round; total: DerivedFigure } | undefined;
  return data.rounds.map((round) => {
    const released = releasedIn(round.id, data);
    inputs.push(released);
    const id = `cumulative-${round.id}`;
    const label = t(locale, "derived.cumulative", { round: round.label });
    const total =
      !previous || inputs.length <= MAX_FORMULA_TERMS
        ? sumFigures(id, label, [...inputs], locale)
        : addToTotal(id, label, previous.total, previous.round, released, [...inputs], locale);
    previous = { round, total };
    return { round, released, total };
  });
}

function addToTotal(
  id: string,
  label: string,
  total: DerivedFigure,
  upTo: Round,
  released: Figure,
  inputs: Figure[],
  locale: Locale,
): DerivedFigure {
  const value = total.value + released.value;
  return {
    id,
    label,
    value,
    qualifier: sumQualifier([total.qualifier, released.qualifier]),
    formula: t(locale, "derived.addToTotal", {
      total: formatFigure(total, locale),
      round: upTo.label,
      released: formatFigure(released, locale),
      value: formatNumber(value, locale),
    }),
    inputs,
  };
}

/** The largest single-round release and the rounds it beats. */
export function largestRound(data: Dataset = dataset): { round: Round; released: Figure } {
  return data.rounds
    .map((round) => ({ round, released: releasedIn(round.id, data) }))
    .reduce((best, next) => (next.released.value > best.released.value ? next : best));
}

export interface HeldAround {
  figure: Figure;
  /** Days between the release and the count; absent when the count is dated only by month or year (no invented precision). */
  days?: number;
  relation: "before" | "after" | "same day" | "dated by month only";
}

const AROUND_WINDOW_DAYS = 60;

const isDayDate = (date: string) => date.length === 10;

/**
 * The held count of a series to pair with a release, within 60 days: an exact count before a bound or an approximate
 * one, then a count dated to the day before one dated by month, then the nearest; ties go to the count after.
 */
export function heldAround(date: string, seriesId = "held", data: Dataset = dataset): HeldAround | undefined {
  const series = data.series.find((s) => s.id === seriesId);
  if (!series) return undefined;
  const rank = (f: Figure) => (f.qualifier === "exact" ? 0 : isLowerBound(f.qualifier) ? 2 : 1);
  const candidates = series.points
    .map((id) => getFigure(id, data))
    .map((figure) => ({ figure, days: daysBetween(date, figure.refersTo.from) }))
    .filter((c) => Math.abs(c.days) <= AROUND_WINDOW_DAYS)
    .sort(
      (a, b) =>
        rank(a.figure) - rank(b.figure) ||
        Number(!isDayDate(a.figure.refersTo.from)) - Number(!isDayDate(b.figure.refersTo.from)) ||
        Math.abs(a.days) - Math.abs(b.days) ||
        b.days - a.days,
    );
  const best = candidates[0];
  if (!best) return undefined;
  if (!isDayDate(best.figure.refersTo.from) || !isDayDate(date)) return { figure: best.figure, relation: "dated by month only" };
  return { figure: best.figure, days: Math.abs(best.days), relation: best.days === 0 ? "same day" : best.days > 0 ? "after" : "before" };
}

/** "14 days before the release", or how the count is dated when it has no day. */
export function heldAroundText(held: HeldAround, locale: Locale = DEFAULT_LOCALE): string {
  if (held.days === undefined) return t(locale, "derived.heldDatedByMonth");
  if (held.relation === "same day") return t(locale, "derived.heldSameDay");
  return t(locale, held.relation === "after" ? "derived.heldDaysAfter" : "derived.heldDaysBefore", { days: held.days });
}

export interface LatestHeld {
  /** The latest dated count of the main held series. */
  figure: Figure;
  /** The latest round, and whether its release came after the latest count. */
  round: Round;
  daysBeforeRound?: number;
  /** True when no held count of any series is dated on or after the latest round's release. */
  noCountSinceRound: boolean;
}

/** The latest dated count still held, and how it stands to the latest round's release. */
export function latestHeld(data: Dataset = dataset, seriesId = "held"): LatestHeld {
  const series = data.series.find((s) => s.id === seriesId)!;
  const figure = getFigure(series.points.at(-1)!, data);
  const round = data.rounds.at(-1)!;
  const release = dateMidpoint(round.release.date);
  const heldMeasures = new Set(data.series.map((s) => s.measure));
  const noCountSinceRound = !data.figures.some((f) => heldMeasures.has(f.measure) && dateMidpoint(f.refersTo.from) >= release);
  const gap = daysBetween(figure.refersTo.from, round.release.date);
  return { figure, round, daysBeforeRound: gap > 0 && isDayDate(figure.refersTo.from) ? gap : undefined, noCountSinceRound };
}

/** Held counts of a series before and after a date (the latest before, the earliest on or after). */
export function heldBeforeAfter(date: string, seriesId = "held", data: Dataset = dataset): { before?: Figure; after?: Figure } {
  const points = (data.series.find((s) => s.id === seriesId)?.points ?? []).map((id) => getFigure(id, data));
  const t = dateMidpoint(date);
  return {
    before: points.filter((p) => dateMidpoint(p.refersTo.from) < t).at(-1),
    after: points.find((p) => dateMidpoint(p.refersTo.from) >= t),
  };
}
