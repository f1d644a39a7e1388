import { citeFigure, figureDatum, type ChartDatum, type ChartModel, type ChartSeries, type SeriesTone } from "./chart-data";
import type { ChartSpec } from "./chart-specs";
import { comparisonKey } from "./compare-href";
import { dataset, type Dataset } from "./dataset";
import { heldBeforeAfter, roundsInYear, sumFigures } from "./derive";
import { daysBetween, formatDate, formatFigure, formatNumber, formatPeriod, isLowerBound } from "./format-figure";
import { ALL_PAIRS_UP_TO_SIDES, latestOf } from "./page-limits";
import { discrepanciesFor, getFigure, isRoundId, partsOf, releasedIn } from "./queries";
import type { ComparablePairs } from "./query-params";
import type { Discrepancy, Evidence, Figure, Qualifier, Round, RoundId } from "./schema";

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

export function comparisonCap(data: Dataset = dataset): ComparisonCap | undefined {
  const { capped, latest } = pairIndex(data);
  if (!capped) return undefined;
  const latestRounds = latest.filter((id) => id !== AGGREGATE_2025).length;
  const rounds = formatNumber(data.rounds.length);
  return {
    rounds: data.rounds.length,
    rule: `With ${rounds} rounds, not every pair has its own page: each round is compared with the rounds just before and after it, each 2025 round with all of 2025, and the latest ${latestRounds} rounds and all of 2025 with one another.`,
  };
}

/** What /compare needs to check a query against the pages that exist; undefined while every pair has one. */
export function comparableForQuery(data: Dataset = dataset): ComparablePairs | undefined {
  const cap = comparisonCap(data);
  return cap && { keys: comparisonPairs(data).map(({ a, b }) => comparisonKey(a, b)), rule: cap.rule };
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

export const compareChartSpec: ChartSpec = {
  id: "compare-released",
  title: "Released, side by side",
  kind: "bar",
  unit: "people released",
  xAxis: "round",
  caption: "One bar per side with the number the cited source states; an aggregate is drawn as the source states it, not as a sum.",
};

export const compareDestinationsSpec: ChartSpec = {
  id: "compare-destinations",
  title: "Where the released were sent",
  kind: "bar",
  unit: "people released",
  xAxis: "round",
  stacked: true,
  caption: "Each bar is split by the destinations the sources state; the part no source breaks down is drawn as “not broken down”.",
};

type Stated = { value: number; qualifier: Qualifier };

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
export function compareDifference(x: Stated, y: Stated): Computed {
  const [big, small] = larger(x, y);
  const value = big.value - small.value;
  const formula = `${formatFigure(big)} − ${formatFigure(small)} = ${formatNumber(value)}`;
  if (isLowerBound(small.qualifier))
    return { shown: false, reason: `${formatFigure(small)} is a lower bound, so the true gap could be smaller or reversed.` };
  if (isLowerBound(big.qualifier) && small.qualifier === "about")
    return { shown: false, reason: `One side is a lower bound and the other approximate, so the gap cannot be stated.` };
  const qualifier: Qualifier = isLowerBound(big.qualifier)
    ? big.qualifier
    : [big, small].some((s) => s.qualifier === "about")
      ? "about"
      : "exact";
  return { shown: true, value, qualifier, text: formatFigure({ value, qualifier }), formula };
}

/**
 * How many times the larger figure the smaller one is, to one decimal. Not shown when the smaller is zero or a
 * lower bound (it could be anything up to the stated ratio). A lower bound on the larger side gives "at least"
 * (rounded down so it stays true); otherwise rounding makes it "about" unless the ratio is exactly that decimal.
 */
export function compareRatio(x: Stated, y: Stated): Computed {
  const [big, small] = larger(x, y);
  if (small.value === 0) return { shown: false, reason: "One side is zero, so a ratio means nothing." };
  if (isLowerBound(small.qualifier))
    return { shown: false, reason: `${formatFigure(small)} is a lower bound, so a ratio would overstate the difference.` };
  if (isLowerBound(big.qualifier) && small.qualifier === "about")
    return { shown: false, reason: "One side is a lower bound and the other approximate, so a ratio cannot be stated." };
  const exact = big.value / small.value;
  const shortened = Math.round(exact * 1000) / 1000;
  const formula = `${formatFigure(big)} ÷ ${formatFigure(small)} ${shortened === exact ? "=" : "≈"} ${shortened}`;
  if (isLowerBound(big.qualifier)) {
    const value = Math.floor(exact * 10) / 10;
    const qualifier: Qualifier = big.qualifier === "more-than" || value < exact ? big.qualifier : "at-least";
    return { shown: true, value, qualifier, text: formatRatio({ value, qualifier }), formula };
  }
  const value = Math.round(exact * 10) / 10;
  const qualifier: Qualifier = value !== exact || [big, small].some((s) => s.qualifier === "about") ? "about" : "exact";
  return { shown: true, value, qualifier, text: formatRatio({ value, qualifier }), formula };
}

const MULTIPLES: Record<number, string> = { 2: "twice", 3: "three times", 4: "four times", 5: "five times", 10: "ten times" };

/**
 * A ratio as an editor writes it: "about twice", "three times", "about 3.7 times", "at least 2.9 times". The qualifier
 * words (from formatFigure) say whether it was rounded; a whole multiple reads as a word.
 */
function formatRatio(ratio: Stated): string {
  const words = formatFigure(ratio).replace(formatNumber(ratio.value), "").trim();
  const multiple = Number.isInteger(ratio.value) ? MULTIPLES[ratio.value] : undefined;
  const number = multiple ?? `${formatNumber(ratio.value)} times`;
  return words ? `${words} ${number}` : number;
}

/**
 * Days from one release to the other; approximate when either date is known only to the month. Where a release date
 * is not settled (other dates in `aOther`/`bOther`), the text gives the range over every pair of dates and the formula
 * says which dates it counts from; `value` is the count from the dates the dataset uses.
 */
export function compareDays(a: string | undefined, b: string | undefined, aOther: string[] = [], bOther: string[] = []): Computed {
  if (!a || !b) return { shown: false, reason: "An aggregate spans a whole period, so there is no single date to count from." };
  const value = Math.abs(daysBetween(a, b));
  const approximate = [a, b, ...aOther, ...bOther].some((d) => d.length < 10);
  const qualifier: Qualifier = approximate ? "about" : "exact";
  const base = `from ${formatDate(a)} to ${formatDate(b)}${approximate ? ", counting a month-only date as the 15th" : ""}`;
  if (aOther.length === 0 && bOther.length === 0)
    return { shown: true, value, qualifier, text: `${formatFigure({ value, qualifier })} days`, formula: base };
  const counts = [a, ...aOther].flatMap((x) => [b, ...bOther].map((y) => Math.abs(daysBetween(x, y))));
  const [min, max] = [Math.min(...counts), Math.max(...counts)];
  const others = [...aOther, ...bOther].map((date) => formatDate(date)).join(" or ");
  const range = min === max ? formatFigure({ value, qualifier }) : `${formatFigure({ value: min, qualifier })}–${formatNumber(max)}`;
  return {
    shown: true,
    value,
    qualifier,
    text: `${range} days`,
    formula: `${base}; the release date is not settled (a source gives ${others}), so it is ${formatNumber(min)} to ${formatNumber(max)} days`,
  };
}

/** The name of a side; the aggregate says that it is one. */
export function compareSideLabel(id: CompareSideId, data: Dataset = dataset): string {
  return id === AGGREGATE_2025 ? "All of 2025 (aggregate)" : data.rounds.find((r) => r.id === id)!.label;
}

function figureEvidence(figure: Figure): Evidence {
  return { sourceId: figure.sourceId, quote: figure.quote };
}

function side(id: CompareSideId, data: Dataset): CompareSide {
  if (id === AGGREGATE_2025) {
    const released = getFigure(AGGREGATE_2025_FIGURE, data);
    return { id, kind: "aggregate", label: compareSideLabel(id, data), released, rounds: aggregateRounds(data) };
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
function perRound(s: CompareSide, round: Round, text: string): string {
  return s.kind === "aggregate" ? `${round.label}: ${text}` : text;
}

function releasedCell(s: CompareSide): CompareCell {
  const f = s.released;
  const period = f.refersTo.label ?? formatPeriod(f.refersTo.from, f.refersTo.to);
  const text = s.kind === "aggregate" ? `${formatFigure(f)} — ${f.label} (${period})` : formatFigure(f);
  return { items: [{ text, evidence: [figureEvidence(f)] }] };
}

function talksCell(s: CompareSide): CompareCell {
  const items = s.rounds.flatMap((r) =>
    r.talks ? [{ text: perRound(s, r, `${formatPeriod(r.talks.from, r.talks.to)}, ${r.talks.place}`), evidence: r.talks.evidence }] : [],
  );
  return { items, empty: "No talks are reported for this release in the verified sources." };
}

function releaseCell(s: CompareSide): CompareCell {
  return { items: s.rounds.map((r) => ({ text: perRound(s, r, formatDate(r.release.date)), evidence: r.release.evidence })) };
}

function envoysCell(s: CompareSide): CompareCell {
  const items = s.rounds.flatMap((r) => r.envoys.map((e) => ({ text: perRound(s, r, `${e.name} (${e.role})`), evidence: e.evidence })));
  return { items, empty: "Not named in the verified sources." };
}

function inReturnCell(s: CompareSide): CompareCell {
  const items = s.rounds
    .filter((r) => r.inReturn.evidence.length > 0)
    .map((r) => ({ text: perRound(s, r, r.inReturn.summary), evidence: r.inReturn.evidence }));
  return { items, empty: "Not stated in the verified sources." };
}

/**
 * A round's destination parts. Where the sources place everyone released in one destination and give no figure per
 * destination (June and September 2025: Lithuania), the whole released figure is that part, cited to the words that
 * place them there.
 */
export function destinationParts(s: { rounds: Round[] }, data: Dataset = dataset): Figure[] {
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
        note: `Everyone released in ${r.label}, placed in ${r.destinations.allTo} by this source.`,
      },
    ];
  });
}

function destinationsCell(s: CompareSide, data: Dataset): CompareCell {
  const parts = destinationParts(s, data);
  const items: CitedItem[] = s.rounds
    .filter((r) => r.destinations.evidence.length > 0)
    .map((r) => ({ text: perRound(s, r, r.destinations.summary), evidence: r.destinations.evidence }));
  for (const p of parts) {
    const round = s.rounds.find((r) => r.id === p.roundId)!;
    items.push({ text: perRound(s, round, `${p.group}: ${formatFigure(p)}`), evidence: [figureEvidence(p)] });
  }
  return { items, empty: "Not stated in the verified sources." };
}

function heldCell(s: CompareSide, data: Dataset): CompareCell {
  const from = s.kind === "aggregate" ? s.released.refersTo.from : s.releaseDate!;
  const to = s.kind === "aggregate" ? (s.released.refersTo.to ?? from) : s.releaseDate!;
  const before = heldBeforeAfter(from, "held", data).before;
  const after = heldBeforeAfter(to, "held", data).after;
  const when = s.kind === "aggregate" ? ["Before the year", "At or after its end"] : ["Before the release", "After the release"];
  const items: CitedItem[] = [];
  const dated = (f: Figure) => f.refersTo.label ?? formatDate(f.refersTo.from);
  if (before) items.push({ text: `${when[0]}: ${formatFigure(before)} on ${dated(before)}`, evidence: [figureEvidence(before)] });
  if (after) items.push({ text: `${when[1]}: ${formatFigure(after)} on ${dated(after)}`, evidence: [figureEvidence(after)] });
  return { items, empty: "No dated count in the series around this release." };
}

function notableCell(s: CompareSide): CompareCell {
  const items = s.rounds.flatMap((r) =>
    r.notable.map((n) => ({ text: perRound(s, r, n.description ? `${n.name}, ${n.description}` : n.name), evidence: n.evidence })),
  );
  return { items, empty: "None named in the verified sources." };
}

function describeSeries(series: ChartSeries[]): string {
  return series.map((s) => `${s.label}: ${s.data.map((d) => `${d.x} ${d.text}`).join("; ")}.`).join(" ");
}

function releasedChart(a: CompareSide, b: CompareSide, summary: string, data: Dataset): ChartModel {
  const sides = [a, b];
  const series: ChartSeries[] = [
    { id: "released", label: "Released", tone: "released", type: "bar", data: sides.map((s) => figureDatum(s.label, s.released, data)) },
  ];
  return {
    spec: { ...compareChartSpec, title: `Released: ${a.label} and ${b.label}` },
    takeaway: summary,
    categories: sides.map((s) => s.label),
    series,
    markers: [],
    table: {
      columns: ["Side", "Released", "Source"],
      rows: sides.map((s) => [s.label, formatFigure(s.released), citeFigure(s.released, data)]),
    },
    sourceIds: [...new Set(sides.map((s) => s.released.sourceId))],
    notes: [],
    textAlternative: `Bar chart of people released on each side. ${describeSeries(series)}`,
  };
}

const PART_TONES: SeriesTone[] = ["released", "derived", "held"];

/** Destination parts per side, summed by destination for an aggregate, and what no source breaks down. */
function destinationsChart(a: CompareSide, b: CompareSide, data: Dataset): ChartModel {
  const sides = [a, b];
  const partsBySide = sides.map((s) => destinationParts(s, data));
  const groups = [...new Set(partsBySide.flat().map((p) => p.group ?? "Unnamed destination"))];
  const totals = sides.map((s, i) =>
    groups.map((g) => {
      const inputs = partsBySide[i]!.filter((p) => (p.group ?? "Unnamed destination") === g);
      return inputs.length ? sumFigures(`${s.id}-${g}`, g, inputs) : undefined;
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
        return { x: s.label, y: null, text: "none stated", qualifier: "exact", detail: "No figure for this destination", sources: [] };
      const sources = [...new Set(total.inputs.map((f) => citeFigure(f, data)))];
      return total.inputs.length === 1
        ? figureDatum(s.label, total.inputs[0]!, data)
        : {
            x: s.label,
            y: total.value,
            text: formatFigure(total),
            qualifier: total.qualifier,
            detail: `Computed: ${total.formula}`,
            sources,
          };
    }),
  }));
  const remainder: ChartSeries = {
    id: "not-broken-down",
    label: "Not broken down by destination",
    tone: "remainder",
    type: "bar",
    data: sides.map((s, si) => {
      const stated = totals[si]!.reduce((sum, t) => sum + (t?.value ?? 0), 0);
      const rest = s.released.value - stated;
      if (s.released.qualifier !== "exact" || rest <= 0)
        return { x: s.label, y: null, text: "none", qualifier: "exact" as const, detail: "Every released person is placed", sources: [] };
      return {
        x: s.label,
        y: rest,
        text: formatNumber(rest),
        qualifier: "derived" as const,
        detail: `Computed: ${formatFigure(s.released)} released − ${formatNumber(stated)} with a stated destination = ${formatNumber(rest)}`,
        sources: [citeFigure(s.released, data)],
      };
    }),
  };
  const series = [...groupSeries, remainder];
  const cell = (d: ChartDatum) => (d.y === null ? "—" : d.text);
  const allFigures = [...partsBySide.flat(), ...sides.map((s) => s.released)];
  const named = (s: CompareSide, i: number) =>
    groups
      .map((g, gi) => (totals[i]![gi] ? `${g} ${formatFigure(totals[i]![gi]!)}` : ""))
      .filter(Boolean)
      .join(", ") || `no destination figures for ${s.label}`;
  return {
    spec: compareDestinationsSpec,
    takeaway: sides.map((s, i) => `${s.label}: ${named(s, i)}`).join("; ") + ".",
    categories: sides.map((s) => s.label),
    series,
    markers: [],
    table: {
      columns: ["Side", ...series.map((s) => s.label), "Released"],
      rows: sides.map((s, si) => [s.label, ...series.map((se) => cell(se.data[si]!)), formatFigure(s.released)]),
    },
    sourceIds: [...new Set(allFigures.map((f) => f.sourceId))],
    notes: ["“Not broken down” is the released figure minus the stated destinations; it is computed, not stated by a source."],
    textAlternative: `Stacked bar chart of where the released were sent, per side. ${describeSeries(series)}`,
  };
}

function overlapNote(a: CompareSide, b: CompareSide): string | undefined {
  const [round, aggregate] =
    a.kind === "round" && b.kind === "aggregate" ? [a, b] : b.kind === "round" && a.kind === "aggregate" ? [b, a] : [];
  if (!round || !aggregate) return undefined;
  const period = formatPeriod(aggregate.released.refersTo.from, aggregate.released.refersTo.to);
  return aggregate.rounds.some((r) => r.id === round.id)
    ? `The ${round.label} round is one of those counted in PISM's total for ${period}, so the two sides overlap.`
    : `The ${round.label} round falls outside ${period}, so the two sides do not overlap.`;
}

const plural = new Intl.PluralRules("en-GB");
/** "1 more person was", "127 more people were": the plural rule picks the words, not a hand-written "s". */
const morePeopleWere = (text: string, value: number) =>
  plural.select(value) === "one" ? `${text} more person was` : `${text} more people were`;

/** How a side is named inside a sentence: "in the March 2026 round", "in all of 2025 (PISM's count)". */
function inSide(s: CompareSide): string {
  return s.kind === "aggregate"
    ? `in ${s.label.replace(/ \(aggregate\)$/, "").toLowerCase()} (PISM's count for the year)`
    : `in the ${s.label} round`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The answer in one sentence, as an editor would write it: "In the March 2026 round, 127 more people were released
 * than in the December 2025 round: 250 against 123, about twice as many."
 */
function summarise(a: CompareSide, b: CompareSide, difference: Computed, ratio: Computed): string {
  const [big, small] = larger(a.released, b.released) as [Figure, Figure];
  const bigSide = big === a.released ? a : b;
  const smallSide = bigSide === a ? b : a;
  const pair = `${formatFigure(big)} against ${formatFigure(small)}`;
  if (!difference.shown)
    return `${capitalise(inSide(bigSide))}, ${formatFigure(big)} were released; ${inSide(smallSide)}, ${formatFigure(small)}. ${difference.reason}`;
  if (difference.value === 0) return `As many were released ${inSide(a)} as ${inSide(b)}: ${formatFigure(a.released)}.`;
  const times = ratio.shown ? `, ${ratio.text} as many` : "";
  return `${capitalise(inSide(bigSide))}, ${morePeopleWere(difference.text, difference.value)} released than ${inSide(smallSide)}: ${pair}${times}.`;
}

/** The side-by-side comparison of two different sides; every cell carries the sources' words. */
export function buildComparison(aId: CompareSideId, bId: CompareSideId, data: Dataset = dataset): Comparison {
  if (aId === bId) throw new Error(`Cannot compare "${aId}" with itself`);
  const a = side(aId, data);
  const b = side(bId, data);
  const difference = compareDifference(a.released, b.released);
  const ratio = compareRatio(a.released, b.released);
  const otherDates = (x: CompareSide) => (x.kind === "round" ? (x.rounds[0]?.release.otherDates ?? []).map((o) => o.date) : []);
  const days = compareDays(a.releaseDate, b.releaseDate, otherDates(a), otherDates(b));
  const summary = summarise(a, b, difference, ratio);
  const both = <T>(f: (s: CompareSide) => T): [T, T] => [f(a), f(b)];
  const discrepancyIds = new Set<string>();
  const discrepancies = [a, b]
    .flatMap((s) =>
      s.kind === "aggregate"
        ? discrepanciesFor({ figureId: s.released.id }, data)
        : discrepanciesFor({ roundId: s.id as RoundId, figureId: s.released.id }, data),
    )
    .filter((d) => !discrepancyIds.has(d.id) && discrepancyIds.add(d.id));
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
    overlap: overlapNote(a, b),
    rows: [
      { id: "released", label: "Released", cells: both(releasedCell) },
      { id: "talks", label: "Talks", cells: both(talksCell) },
      { id: "release", label: "Release date", cells: both(releaseCell) },
      { id: "envoys", label: "US envoys", cells: both(envoysCell) },
      { id: "in-return", label: "What the US gave in return", cells: both(inReturnCell) },
      { id: "destinations", label: "Where the released were sent", cells: both((s) => destinationsCell(s, data)) },
      { id: "held", label: "Political prisoners still held", cells: both((s) => heldCell(s, data)) },
      { id: "notable", label: "Notable people released", cells: both(notableCell) },
    ],
    discrepancies,
    chart: releasedChart(a, b, summary, data),
    destinationsChart: destinationsChart(a, b, data),
  };
}
