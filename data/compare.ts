import { citeFigure, figureDatum, type ChartDatum, type ChartModel, type ChartSeries, type SeriesTone } from "./chart-data";
import type { ChartSpec } from "./chart-specs";
import { comparisonKey } from "./compare-href";
import { dataset, type Dataset } from "./dataset";
import { heldBeforeAfter, roundsInYear, sumFigures } from "./derive";
import { daysBetween, formatDate, formatFigure, formatNumber, formatPeriod, isLowerBound } from "./format-figure";
import { ALL_PAIRS_UP_TO_SIDES, latestOf } from "./page-limits";
import { discrepanciesFor, getFigure, isRoundId, partsOf, releasedIn } from "./queries";
import type { ComparablePairs, QueryWords } from "./query-params";
import { queryWords } from "./query-words";
import type { Discrepancy, Evidence, Figure, Qualifier, Round, RoundId } from "./schema";
import { DEFAULT_LOCALE, type Locale } from "./text/locales";
import type { MessageKey } from "./text/catalogues";
import { intlFor, t } from "./text/translate";

/**
 * Comparing two sides: two rounds, or a round and an aggregate. The aggregate "2025" is all of 2025 as PISM
 * counts it (its stated 194), not the sum of the rounds, so it is always labelled as an aggregate.
 */
export const AGGREGATE_2025 = "2025";
export type CompareSideId = RoundId | typeof AGGREGATE_2025;

/** What /compare shows first: the latest two rounds, the earlier on the left. */
export function defaultComparison(data: Dataset = dataset): { a: CompareSideId; b: CompareSideId } {
  const [a, b] = latestOf(data.rounds, 2).map((r) => r.id);
  return b ? { a: a!, b } : { a: a!, b: AGGREGATE_2025 };
}

const AGGREGATE_2025_FIGURE = "released-2025-total-pism";

/** Every id that can stand on one side of a comparison: the rounds in date order, then the aggregates. */
export function compareSideIds(data: Dataset = dataset): CompareSideId[] {
  return [...data.rounds.map((r) => r.id), AGGREGATE_2025];
}

export function isCompareSideId(id: string, data: Dataset = dataset): id is CompareSideId {
  return id === AGGREGATE_2025 || isRoundId(id, data);
}

/** The rounds an aggregate counts: all of 2025 is every round released in 2025. */
function aggregateRounds(data: Dataset): Round[] {
  return roundsInYear(2025, data);
}

export { compareHref, comparisonKey } from "./compare-href";

type Pair = { a: CompareSideId; b: CompareSideId };

interface PairIndex {
  pairs: Pair[];
  keys: Set<string>;
  partners: Map<CompareSideId, CompareSideId[]>;
  /** The sides compared with one another freely: all of them, or the latest ALL_PAIRS_UP_TO_SIDES once capped. */
  latest: CompareSideId[];
  capped: boolean;
}

const pairIndexes = new WeakMap<Dataset, PairIndex>();

function pairIndex(data: Dataset): PairIndex {
  const cached = pairIndexes.get(data);
  if (cached) return cached;
  const ids = compareSideIds(data);
  const capped = ids.length > ALL_PAIRS_UP_TO_SIDES;
  const latest = ids.slice(-ALL_PAIRS_UP_TO_SIDES);
  const keys = new Set<string>();
  const both = (a: CompareSideId, b: CompareSideId) => {
    if (a === b) return;
    keys.add(comparisonKey(a, b));
    keys.add(comparisonKey(b, a));
  };
  for (const a of latest) for (const b of latest) both(a, b);
  if (capped) {
    data.rounds.forEach((round, i) => i > 0 && both(data.rounds[i - 1]!.id, round.id));
    for (const round of aggregateRounds(data)) both(round.id, AGGREGATE_2025);
    // /compare shows the default comparison and links its permalink, so that page exists whatever the data.
    const fallback = defaultComparison(data);
    both(fallback.a, fallback.b);
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  const pairs = [...keys]
    .map((key) => {
      const [a, b] = key.split("/") as [CompareSideId, CompareSideId];
      return { a, b };
    })
    .sort((x, y) => order.get(x.a)! - order.get(y.a)! || order.get(x.b)! - order.get(y.b)!);
  const partners = new Map<CompareSideId, CompareSideId[]>(ids.map((id) => [id, []]));
  for (const { a, b } of pairs) partners.get(a)!.push(b);
  const index = { pairs, keys, partners, latest, capped };
  pairIndexes.set(data, index);
  return index;
}

/**
 * The comparisons that get a page, an embed and an oEmbed file: ordered pairs of different sides, both orders always.
 * Up to ALL_PAIRS_UP_TO_SIDES sides that is every pair. Beyond, so that the number of pages grows with the number of
 * rounds and not with its square: each round with the round before and after it, each round with the aggregate that
 * counts it, every pair among the latest ALL_PAIRS_UP_TO_SIDES sides, and the default comparison. With `sameSide`, also
 * the one-side-twice pages (a message) of the sides compared freely. Every link to a comparison points into this list.
 */
export function comparisonPairs(data: Dataset = dataset, options: { sameSide?: boolean } = {}): Pair[] {
  const index = pairIndex(data);
  return options.sameSide ? [...index.pairs, ...index.latest.map((id) => ({ a: id, b: id }))] : index.pairs;
}

export function isComparisonPair(a: string, b: string, data: Dataset = dataset): boolean {
  return pairIndex(data).keys.has(comparisonKey(a, b));
}

/** The sides that `side` has a comparison page with, in side order (the list is the same on the left and the right). */
export function comparePartners(side: CompareSideId, data: Dataset = dataset): CompareSideId[] {
  return pairIndex(data).partners.get(side) ?? [];
}

/** The sides compared with one another freely; only these have a page with one side on both sides. */
export function freelyComparedSides(data: Dataset = dataset): CompareSideId[] {
  return pairIndex(data).latest;
}

/** What a picker list offers for one side while the other stays: the sides with a page against it, and both current sides. */
export function pickerChoices(current: CompareSideId, other: CompareSideId, data: Dataset = dataset): CompareSideId[] {
  const offered = new Set([current, other, ...comparePartners(other, data)]);
  return compareSideIds(data).filter((id) => offered.has(id));
}

/** The side to offer beside `side`: the next one it has a page with, else the nearest before it. */
export function nearestPartner(side: CompareSideId, data: Dataset = dataset): CompareSideId {
  const ids = compareSideIds(data);
  const at = ids.indexOf(side);
  const partners = comparePartners(side, data);
  return partners.find((p) => ids.indexOf(p) > at) ?? partners.at(-1)!;
}

/** Once comparisonPairs() leaves pairs out: how many sides there are and which comparisons exist, in plain words. */
export interface ComparisonCap {
  rounds: number;
  rule: string;
}

export function comparisonCap(data: Dataset = dataset, locale: Locale = DEFAULT_LOCALE): ComparisonCap | undefined {
  const { capped, latest } = pairIndex(data);
  if (!capped) return undefined;
  const latestRounds = latest.filter((id) => id !== AGGREGATE_2025).length;
  const rounds = data.rounds.length;
  return {
    rounds,
    rule: t(locale, "compare.capRule", {
      rounds,
      roundsText: formatNumber(rounds, locale),
      latest: latestRounds,
      latestText: formatNumber(latestRounds, locale),
    }),
  };
}

/** What /compare needs to check a query against the pages that exist; undefined while every pair has one. */
export function comparableForQuery(data: Dataset = dataset, locale: Locale = DEFAULT_LOCALE): ComparablePairs | undefined {
  const cap = comparisonCap(data, locale);
  return cap && { keys: comparisonPairs(data).map(({ a, b }) => comparisonKey(a, b)), rule: cap.rule };
}

/** The words of the /compare query notices in a locale, for the client leaf that cannot read the catalogues. */
export interface CompareQueryTexts {
  /** The parser's notices, as templates it fills with what the reader typed. */
  words: QueryWords;
  bothSame: string;
  fallback: string;
}

export function compareQueryTexts(locale: Locale = DEFAULT_LOCALE): CompareQueryTexts {
  return { words: queryWords(locale), bothSame: t(locale, "compare.queryBothSame"), fallback: t(locale, "compare.queryFallback") };
}

/** A piece of text in a comparison cell and the sources' words that support it. */
export interface CitedItem {
  text: string;
  evidence: Evidence[];
  /** For computed text: how it was computed. */
  formula?: string;
}

/** One side's cell in a row: its items, or a sentence saying why there are none. */
export interface CompareCell {
  items: CitedItem[];
  empty?: string;
}

export type CompareRowId = "released" | "talks" | "release" | "envoys" | "in-return" | "destinations" | "held" | "notable";

export interface CompareRow {
  id: CompareRowId;
  label: string;
  cells: [CompareCell, CompareCell];
}

export interface CompareSide {
  id: CompareSideId;
  kind: "round" | "aggregate";
  label: string;
  /** Where the side is described in full. */
  href?: string;
  released: Figure;
  /** The date a single round's release is dated by; an aggregate has a period instead. */
  releaseDate?: string;
  rounds: Round[];
}

/** A number computed from the two sides, or the reason it is not shown. */
export type Computed =
  { shown: true; value: number; qualifier: Qualifier; text: string; formula: string } | { shown: false; reason: string };

export interface Comparison {
  a: CompareSide;
  b: CompareSide;
  summary: string;
  difference: Computed;
  ratio: Computed;
  days: Computed;
  /** The citations behind the difference, ratio and days between (both sides' figures and dates). */
  differenceEvidence: Evidence[];
  daysEvidence: Evidence[];
  overlap?: string;
  rows: CompareRow[];
  discrepancies: Discrepancy[];
  chart: ChartModel;
  destinationsChart: ChartModel;
}

/** The comparison chart's spec in a locale. */
function releasedChartSpec(locale: Locale): ChartSpec {
  return {
    id: "compare-released",
    title: t(locale, "compareChart.releasedTitle"),
    kind: "bar",
    unit: t(locale, "compareChart.releasedUnit"),
    xAxis: "round",
    caption: t(locale, "compareChart.releasedCaption"),
  };
}

/** The destinations chart's spec in a locale. */
function destinationsChartSpec(locale: Locale): ChartSpec {
  return {
    id: "compare-destinations",
    title: t(locale, "compareChart.destinationsTitle"),
    kind: "bar",
    unit: t(locale, "compareChart.releasedUnit"),
    xAxis: "round",
    stacked: true,
    caption: t(locale, "compareChart.destinationsCaption"),
  };
}

type Stated = { value: number; qualifier: Qualifier };

/** A qualifier as the key of an ICU select ("more-than" -> "moreThan"): the messages word each one themselves. */
const QUALIFIER_KEYS = { exact: "exact", "more-than": "moreThan", "at-least": "atLeast", about: "about" } as const satisfies Record<
  Qualifier,
  string
>;

/** Orders two stated figures by value; on a tie a lower bound counts as the larger (its true value can only be higher). */
function larger<T extends Stated>(x: T, y: T): [T, T] {
  if (x.value !== y.value) return x.value > y.value ? [x, y] : [y, x];
  return isLowerBound(y.qualifier) && !isLowerBound(x.qualifier) ? [y, x] : [x, y];
}

/**
 * How far apart two figures are: larger minus smaller. A lower bound on the larger side makes the gap a lower bound
 * too; a lower bound on the smaller side means the gap could shrink or reverse, so none is shown; an approximate
 * side makes the gap approximate, unless the other is a lower bound, when nothing honest can be said.
 */
export function compareDifference(x: Stated, y: Stated, locale: Locale = DEFAULT_LOCALE): Computed {
  const [big, small] = larger(x, y);
  const value = big.value - small.value;
  const formula = `${formatFigure(big, locale)} − ${formatFigure(small, locale)} = ${formatNumber(value, locale)}`;
  if (isLowerBound(small.qualifier))
    return { shown: false, reason: t(locale, "compare.differenceBelowBound", { small: formatFigure(small, locale) }) };
  if (isLowerBound(big.qualifier) && small.qualifier === "about")
    return { shown: false, reason: t(locale, "compare.differenceBoundAndApproximate") };
  const qualifier: Qualifier = isLowerBound(big.qualifier)
    ? big.qualifier
    : [big, small].some((s) => s.qualifier === "about")
      ? "about"
      : "exact";
  return { shown: true, value, qualifier, text: formatFigure({ value, qualifier }, locale), formula };
}

/**
 * How many times the larger figure the smaller one is, to one decimal. Not shown when the smaller is zero or a
 * lower bound (it could be anything up to the stated ratio). A lower bound on the larger side gives "at least"
 * (rounded down so it stays true); otherwise rounding makes it "about" unless the ratio is exactly that decimal.
 */
export function compareRatio(x: Stated, y: Stated, locale: Locale = DEFAULT_LOCALE): Computed {
  const [big, small] = larger(x, y);
  if (small.value === 0) return { shown: false, reason: t(locale, "compare.ratioZero") };
  if (isLowerBound(small.qualifier))
    return { shown: false, reason: t(locale, "compare.ratioBelowBound", { small: formatFigure(small, locale) }) };
  if (isLowerBound(big.qualifier) && small.qualifier === "about")
    return { shown: false, reason: t(locale, "compare.ratioBoundAndApproximate") };
  const exact = big.value / small.value;
  const shortened = Math.round(exact * 1000) / 1000;
  // Three decimals and no grouping: what String(shortened) gives in English, with the locale's decimal sign.
  const shortenedText = intlFor(locale).formatNumber(shortened, { maximumFractionDigits: 3, useGrouping: false });
  const formula = `${formatFigure(big, locale)} ÷ ${formatFigure(small, locale)} ${shortened === exact ? "=" : "≈"} ${shortenedText}`;
  if (isLowerBound(big.qualifier)) {
    const value = Math.floor(exact * 10) / 10;
    const qualifier: Qualifier = big.qualifier === "more-than" || value < exact ? big.qualifier : "at-least";
    return { shown: true, value, qualifier, text: formatRatio({ value, qualifier }, "compare.ratio", locale), formula };
  }
  const value = Math.round(exact * 10) / 10;
  const qualifier: Qualifier = value !== exact || [big, small].some((s) => s.qualifier === "about") ? "about" : "exact";
  return { shown: true, value, qualifier, text: formatRatio({ value, qualifier }, "compare.ratio", locale), formula };
}

/**
 * A ratio as an editor writes it: "about twice", "three times", "about 3.7 times", "at least 2.9 times" (the message
 * "compare.ratio"), or inside the answer "about twice as many" ("compare.ratioAsMany"). The qualifier says whether it
 * was rounded; a whole multiple reads as a word where the language has one.
 */
function formatRatio(ratio: Stated, key: "compare.ratio" | "compare.ratioAsMany", locale: Locale): string {
  return t(locale, key, { qualifier: QUALIFIER_KEYS[ratio.qualifier], count: ratio.value, ratio: formatNumber(ratio.value, locale) });
}

/**
 * Days from one release to the other; approximate when either date is known only to the month. Where a release date
 * is not settled (other dates in `aOther`/`bOther`), the text gives the range over every pair of dates and the formula
 * says which dates it counts from; `value` is the count from the dates the dataset uses.
 */
export function compareDays(
  a: string | undefined,
  b: string | undefined,
  aOther: string[] = [],
  bOther: string[] = [],
  locale: Locale = DEFAULT_LOCALE,
): Computed {
  if (!a || !b) return { shown: false, reason: t(locale, "compare.daysAggregate") };
  const value = Math.abs(daysBetween(a, b));
  const approximate = [a, b, ...aOther, ...bOther].some((d) => d.length < 10);
  const qualifier: Qualifier = approximate ? "about" : "exact";
  const days = (range: string, count: number) => t(locale, "compare.days", { qualifier: QUALIFIER_KEYS[qualifier], range, count });
  const base = t(locale, "compare.daysFormula", {
    from: formatDate(a, locale),
    to: formatDate(b, locale),
    approximate: approximate ? "yes" : "no",
  });
  if (aOther.length === 0 && bOther.length === 0)
    return { shown: true, value, qualifier, text: days(formatNumber(value, locale), value), formula: base };
  const counts = [a, ...aOther].flatMap((x) => [b, ...bOther].map((y) => Math.abs(daysBetween(x, y))));
  const [min, max] = [Math.min(...counts), Math.max(...counts)];
  const others = intlFor(locale).formatList(
    [...aOther, ...bOther].map((date) => formatDate(date, locale)),
    { type: "disjunction" },
  );
  const range = min === max ? formatNumber(value, locale) : `${formatNumber(min, locale)}–${formatNumber(max, locale)}`;
  return {
    shown: true,
    value,
    qualifier,
    text: days(range, min === max ? value : max),
    formula: t(locale, "compare.daysFormulaUnsettled", {
      base,
      others,
      min: formatNumber(min, locale),
      max: formatNumber(max, locale),
      count: max,
    }),
  };
}

/** The name of a side; the aggregate says that it is one. Round labels come from `data`: pass datasetFor(locale). */
export function compareSideLabel(id: CompareSideId, data: Dataset = dataset, locale: Locale = DEFAULT_LOCALE): string {
  return id === AGGREGATE_2025 ? t(locale, "compare.aggregate2025") : data.rounds.find((r) => r.id === id)!.label;
}

function figureEvidence(figure: Figure): Evidence {
  return { sourceId: figure.sourceId, quote: figure.quote };
}

function side(id: CompareSideId, data: Dataset, locale: Locale): CompareSide {
  if (id === AGGREGATE_2025) {
    const released = getFigure(AGGREGATE_2025_FIGURE, data);
    return { id, kind: "aggregate", label: compareSideLabel(id, data, locale), released, rounds: aggregateRounds(data) };
  }
  const round = data.rounds.find((r) => r.id === id)!;
  return {
    id,
    kind: "round",
    label: round.label,
    href: `/rounds/${round.id}`,
    released: releasedIn(id, data),
    releaseDate: round.release.date,
    rounds: [round],
  };
}

/** An aggregate's items carry the round they come from. */
function perRound(s: CompareSide, round: Round, text: string, locale: Locale): string {
  return s.kind === "aggregate" ? t(locale, "compare.perRound", { round: round.label, text }) : text;
}

function releasedCell(s: CompareSide, locale: Locale): CompareCell {
  const f = s.released;
  const period = f.refersTo.label ?? formatPeriod(f.refersTo.from, f.refersTo.to, locale);
  const text =
    s.kind === "aggregate"
      ? t(locale, "compare.releasedAggregate", { figure: formatFigure(f, locale), label: f.label, period })
      : formatFigure(f, locale);
  return { items: [{ text, evidence: [figureEvidence(f)] }] };
}

function talksCell(s: CompareSide, locale: Locale): CompareCell {
  const items = s.rounds.flatMap((r) =>
    r.talks
      ? [
          {
            text: perRound(
              s,
              r,
              t(locale, "compare.talksItem", { period: formatPeriod(r.talks.from, r.talks.to, locale), place: r.talks.place }),
              locale,
            ),
            evidence: r.talks.evidence,
          },
        ]
      : [],
  );
  return { items, empty: t(locale, "compare.noTalks") };
}

function releaseCell(s: CompareSide, locale: Locale): CompareCell {
  return {
    items: s.rounds.map((r) => ({ text: perRound(s, r, formatDate(r.release.date, locale), locale), evidence: r.release.evidence })),
  };
}

function envoysCell(s: CompareSide, locale: Locale): CompareCell {
  const items = s.rounds.flatMap((r) =>
    r.envoys.map((e) => ({
      text: perRound(s, r, t(locale, "compare.envoyItem", { name: e.name, role: e.role }), locale),
      evidence: e.evidence,
    })),
  );
  return { items, empty: t(locale, "compare.notNamed") };
}

function inReturnCell(s: CompareSide, locale: Locale): CompareCell {
  const items = s.rounds
    .filter((r) => r.inReturn.evidence.length > 0)
    .map((r) => ({ text: perRound(s, r, r.inReturn.summary, locale), evidence: r.inReturn.evidence }));
  return { items, empty: t(locale, "compare.notStated") };
}

/**
 * A round's destination parts. Where the sources place everyone released in one destination and give no figure per
 * destination (June and September 2025: Lithuania), the whole released figure is that part, cited to the words that
 * place them there.
 */
export function destinationParts(s: { rounds: Round[] }, data: Dataset = dataset, locale: Locale = DEFAULT_LOCALE): Figure[] {
  return s.rounds.flatMap((r) => {
    const released = releasedIn(r.id, data);
    const parts = partsOf(released, "destination", data);
    const where = r.destinations.evidence[0];
    if (parts.length > 0 || !r.destinations.allTo || !where) return parts;
    return [
      {
        ...released,
        id: `${released.id}-all-to`,
        measure: "sent",
        partOf: released.id,
        breakdown: "destination",
        group: r.destinations.allTo,
        sourceId: where.sourceId,
        quote: where.quote,
        note: t(locale, "compare.allToNote", { round: r.label, destination: r.destinations.allTo }),
      },
    ];
  });
}

function destinationsCell(s: CompareSide, data: Dataset, locale: Locale): CompareCell {
  const parts = destinationParts(s, data, locale);
  const items: CitedItem[] = s.rounds
    .filter((r) => r.destinations.evidence.length > 0)
    .map((r) => ({ text: perRound(s, r, r.destinations.summary, locale), evidence: r.destinations.evidence }));
  for (const p of parts) {
    const round = s.rounds.find((r) => r.id === p.roundId)!;
    const text = t(locale, "compare.destinationItem", { destination: p.group ?? "", figure: formatFigure(p, locale) });
    items.push({ text: perRound(s, round, text, locale), evidence: [figureEvidence(p)] });
  }
  return { items, empty: t(locale, "compare.notStated") };
}

function heldCell(s: CompareSide, data: Dataset, locale: Locale): CompareCell {
  const from = s.kind === "aggregate" ? s.released.refersTo.from : s.releaseDate!;
  const to = s.kind === "aggregate" ? (s.released.refersTo.to ?? from) : s.releaseDate!;
  const before = heldBeforeAfter(from, "held", data).before;
  const after = heldBeforeAfter(to, "held", data).after;
  const [beforeKey, afterKey] =
    s.kind === "aggregate"
      ? (["compare.heldBeforeYear", "compare.heldAfterYear"] as const)
      : (["compare.heldBeforeRelease", "compare.heldAfterRelease"] as const);
  const items: CitedItem[] = [];
  const values = (f: Figure) => ({ figure: formatFigure(f, locale), date: f.refersTo.label ?? formatDate(f.refersTo.from, locale) });
  if (before) items.push({ text: t(locale, beforeKey, values(before)), evidence: [figureEvidence(before)] });
  if (after) items.push({ text: t(locale, afterKey, values(after)), evidence: [figureEvidence(after)] });
  return { items, empty: t(locale, "compare.noHeldCount") };
}

function notableCell(s: CompareSide, locale: Locale): CompareCell {
  const items = s.rounds.flatMap((r) =>
    r.notable.map((n) => ({
      text: perRound(s, r, n.description ? t(locale, "compare.notableItem", { name: n.name, description: n.description }) : n.name, locale),
      evidence: n.evidence,
    })),
  );
  return { items, empty: t(locale, "compare.noneNamed") };
}

function describeSeries(series: ChartSeries[]): string {
  return series.map((s) => `${s.label}: ${s.data.map((d) => `${d.x} ${d.text}`).join("; ")}.`).join(" ");
}

function releasedChart(a: CompareSide, b: CompareSide, summary: string, data: Dataset, locale: Locale): ChartModel {
  const sides = [a, b];
  const series: ChartSeries[] = [
    {
      id: "released",
      label: t(locale, "compareChart.releasedSeries"),
      tone: "released",
      type: "bar",
      data: sides.map((s) => figureDatum(s.label, s.released, data, locale)),
    },
  ];
  return {
    spec: { ...releasedChartSpec(locale), title: t(locale, "compareChart.releasedPairTitle", { a: a.label, b: b.label }) },
    takeaway: summary,
    categories: sides.map((s) => s.label),
    series,
    markers: [],
    table: {
      columns: [t(locale, "compareChart.columnSide"), t(locale, "compareChart.columnReleased"), t(locale, "compareChart.columnSource")],
      rows: sides.map((s) => [s.label, formatFigure(s.released, locale), citeFigure(s.released, data, locale)]),
    },
    sourceIds: [...new Set(sides.map((s) => s.released.sourceId))],
    notes: [],
    textAlternative: t(locale, "compareChart.releasedTextAlternative", { series: describeSeries(series) }),
  };
}

const PART_TONES: SeriesTone[] = ["released", "derived", "held"];

/** Destination parts per side, summed by destination for an aggregate, and what no source breaks down. */
function destinationsChart(a: CompareSide, b: CompareSide, data: Dataset, locale: Locale): ChartModel {
  const sides = [a, b];
  const partsBySide = sides.map((s) => destinationParts(s, data, locale));
  const unnamed = t(locale, "compareChart.unnamedDestination");
  const groups = [...new Set(partsBySide.flat().map((p) => p.group ?? unnamed))];
  const totals = sides.map((s, i) =>
    groups.map((g) => {
      const inputs = partsBySide[i]!.filter((p) => (p.group ?? unnamed) === g);
      return inputs.length ? sumFigures(`${s.id}-${g}`, g, inputs, locale) : undefined;
    }),
  );
  const groupSeries: ChartSeries[] = groups.map((g, gi) => ({
    id: `destination-${gi}`,
    label: g,
    tone: PART_TONES[gi % PART_TONES.length]!,
    type: "bar",
    data: sides.map((s, si) => {
      const total = totals[si]![gi];
      if (!total)
        return {
          x: s.label,
          y: null,
          text: t(locale, "compareChart.noneStated"),
          qualifier: "exact",
          detail: t(locale, "compareChart.noDestinationFigure"),
          sources: [],
        };
      const sources = [...new Set(total.inputs.map((f) => citeFigure(f, data, locale)))];
      return total.inputs.length === 1
        ? figureDatum(s.label, total.inputs[0]!, data, locale)
        : {
            x: s.label,
            y: total.value,
            text: formatFigure(total, locale),
            qualifier: total.qualifier,
            detail: t(locale, "compareChart.computed", { formula: total.formula }),
            sources,
          };
    }),
  }));
  const remainder: ChartSeries = {
    id: "not-broken-down",
    label: t(locale, "compareChart.notBrokenDown"),
    tone: "remainder",
    type: "bar",
    data: sides.map((s, si) => {
      const stated = totals[si]!.reduce((sum, total) => sum + (total?.value ?? 0), 0);
      const rest = s.released.value - stated;
      if (s.released.qualifier !== "exact" || rest <= 0)
        return {
          x: s.label,
          y: null,
          text: t(locale, "compareChart.none"),
          qualifier: "exact" as const,
          detail: t(locale, "compareChart.everyonePlaced"),
          sources: [],
        };
      return {
        x: s.label,
        y: rest,
        text: formatNumber(rest, locale),
        qualifier: "derived" as const,
        detail: t(locale, "compareChart.remainderDetail", {
          released: formatFigure(s.released, locale),
          stated: formatNumber(stated, locale),
          rest: formatNumber(rest, locale),
        }),
        sources: [citeFigure(s.released, data, locale)],
      };
    }),
  };
  const series = [...groupSeries, remainder];
  const cell = (d: ChartDatum) => (d.y === null ? "—" : d.text);
  const allFigures = [...partsBySide.flat(), ...sides.map((s) => s.released)];
  const named = (s: CompareSide, i: number) =>
    groups
      .map((g, gi) => (totals[i]![gi] ? `${g} ${formatFigure(totals[i]![gi]!, locale)}` : ""))
      .filter(Boolean)
      .join(", ") || t(locale, "compareChart.noDestinationFigures", { side: s.label });
  return {
    spec: destinationsChartSpec(locale),
    takeaway: sides.map((s, i) => `${s.label}: ${named(s, i)}`).join("; ") + ".",
    categories: sides.map((s) => s.label),
    series,
    markers: [],
    table: {
      columns: [t(locale, "compareChart.columnSide"), ...series.map((s) => s.label), t(locale, "compareChart.columnReleased")],
      rows: sides.map((s, si) => [s.label, ...series.map((se) => cell(se.data[si]!)), formatFigure(s.released, locale)]),
    },
    sourceIds: [...new Set(allFigures.map((f) => f.sourceId))],
    notes: [t(locale, "compareChart.destinationsNote")],
    textAlternative: t(locale, "compareChart.destinationsTextAlternative", { series: describeSeries(series) }),
  };
}

function overlapNote(a: CompareSide, b: CompareSide, locale: Locale): string | undefined {
  const [round, aggregate] =
    a.kind === "round" && b.kind === "aggregate" ? [a, b] : b.kind === "round" && a.kind === "aggregate" ? [b, a] : [];
  if (!round || !aggregate) return undefined;
  const period = formatPeriod(aggregate.released.refersTo.from, aggregate.released.refersTo.to, locale);
  const inside = aggregate.rounds.some((r) => r.id === round.id);
  return t(locale, inside ? "compare.overlapInside" : "compare.overlapOutside", { round: round.label, period });
}

/**
 * The answer in one sentence, as an editor would write it: "In the March 2026 round, 127 more people were released
 * than in the December 2025 round: 250 against 123, about twice as many." Each side is named by its kind (a round or
 * all of 2025) and label; the plural follows the difference, the words around it the qualifiers.
 */
function summarise(a: CompareSide, b: CompareSide, difference: Computed, ratio: Computed, locale: Locale): string {
  const [big, small] = larger(a.released, b.released) as [Figure, Figure];
  const bigSide = big === a.released ? a : b;
  const smallSide = bigSide === a ? b : a;
  const sides = {
    bigKind: bigSide.kind,
    bigLabel: bigSide.label,
    smallKind: smallSide.kind,
    smallLabel: smallSide.label,
    big: formatFigure(big, locale),
    small: formatFigure(small, locale),
  };
  if (!difference.shown) return t(locale, "compare.summaryNoDifference", { ...sides, bigCount: big.value, reason: difference.reason });
  if (difference.value === 0)
    return t(locale, "compare.summarySame", {
      aKind: a.kind,
      aLabel: a.label,
      bKind: b.kind,
      bLabel: b.label,
      figure: formatFigure(a.released, locale),
    });
  const values = {
    ...sides,
    qualifier: QUALIFIER_KEYS[difference.qualifier],
    difference: formatNumber(difference.value, locale),
    count: difference.value,
  };
  if (!ratio.shown) return t(locale, "compare.summary", values);
  return t(locale, "compare.summaryWithRatio", { ...values, ratio: formatRatio(ratio, "compare.ratioAsMany", locale) });
}

/**
 * The side-by-side comparison of two different sides; every cell carries the sources' words. Text is in `locale`; pass
 * the dataset in the same locale (datasetFor(locale)) so that labels match.
 */
export function buildComparison(
  aId: CompareSideId,
  bId: CompareSideId,
  data: Dataset = dataset,
  locale: Locale = DEFAULT_LOCALE,
): Comparison {
  if (aId === bId) throw new Error(`Cannot compare "${aId}" with itself`);
  const a = side(aId, data, locale);
  const b = side(bId, data, locale);
  const difference = compareDifference(a.released, b.released, locale);
  const ratio = compareRatio(a.released, b.released, locale);
  const otherDates = (x: CompareSide) => (x.kind === "round" ? (x.rounds[0]?.release.otherDates ?? []).map((o) => o.date) : []);
  const days = compareDays(a.releaseDate, b.releaseDate, otherDates(a), otherDates(b), locale);
  const summary = summarise(a, b, difference, ratio, locale);
  const both = <T>(f: (s: CompareSide) => T): [T, T] => [f(a), f(b)];
  const discrepancyIds = new Set<string>();
  const discrepancies = [a, b]
    .flatMap((s) =>
      s.kind === "aggregate"
        ? discrepanciesFor({ figureId: s.released.id }, data)
        : discrepanciesFor({ roundId: s.id as RoundId, figureId: s.released.id }, data),
    )
    .filter((d) => !discrepancyIds.has(d.id) && discrepancyIds.add(d.id));
  const row = (id: CompareRowId, key: RowKey, cell: (s: CompareSide) => CompareCell): CompareRow => ({
    id,
    label: t(locale, key),
    cells: both(cell),
  });
  return {
    a,
    b,
    summary,
    difference,
    ratio,
    days,
    differenceEvidence: [figureEvidence(a.released), figureEvidence(b.released)],
    daysEvidence: [...a.rounds, ...b.rounds].flatMap((r) =>
      a.releaseDate && b.releaseDate ? [...r.release.evidence, ...(r.release.otherDates ?? []).flatMap((o) => o.evidence)] : [],
    ),
    overlap: overlapNote(a, b, locale),
    rows: [
      row("released", "compare.rowReleased", (s) => releasedCell(s, locale)),
      row("talks", "compare.rowTalks", (s) => talksCell(s, locale)),
      row("release", "compare.rowRelease", (s) => releaseCell(s, locale)),
      row("envoys", "compare.rowEnvoys", (s) => envoysCell(s, locale)),
      row("in-return", "compare.rowInReturn", (s) => inReturnCell(s, locale)),
      row("destinations", "compare.rowDestinations", (s) => destinationsCell(s, data, locale)),
      row("held", "compare.rowHeld", (s) => heldCell(s, data, locale)),
      row("notable", "compare.rowNotable", (s) => notableCell(s, locale)),
    ],
    discrepancies,
    chart: releasedChart(a, b, summary, data, locale),
    destinationsChart: destinationsChart(a, b, data, locale),
  };
}

type RowKey = Extract<MessageKey, `compare.row${string}`>;
