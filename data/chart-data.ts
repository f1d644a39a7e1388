import { formatShortCitation } from "./citation";
import { getChartSpec, type ChartId, type ChartSpec } from "./chart-specs";
import { dataset, type Dataset } from "./dataset";
import { cumulativeReleases, heldAround, heldAroundText, largestRound, latestHeld, sum2025Rounds, type DerivedFigure } from "./derive";
import { dateMidpoint, formatDate, formatDateShort, formatFigure, formatNumber, formatPeriod } from "./format-figure";
import { latestOf } from "./page-limits";
import { getFigure, getSource, releasedIn } from "./queries";
import type { Figure, Qualifier } from "./schema";

export type SeriesTone = "released" | "held" | "otherMeasure" | "derived" | "statedTotal" | "remainder";

/** One drawn value with everything a tooltip or table cell needs to say about it. */
export interface ChartDatum {
  x: string | number;
  y: number | null;
  /** Where the value sits on a time axis when x is a label (a round's release date, as a UTC timestamp). */
  at?: number;
  text: string;
  qualifier: Qualifier | "derived";
  detail: string;
  sources: string[];
  /** The stated figure drawn (none for a derived value): the data downloads read its date and source URL from it. */
  figureId?: string;
}

export interface ChartSeries {
  id: string;
  label: string;
  tone: SeriesTone;
  type: "bar" | "line";
  data: ChartDatum[];
}

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

export interface ChartModel {
  spec: ChartSpec;
  takeaway: string;
  categories: string[];
  series: ChartSeries[];
  /** Vertical lines on a time axis: release rounds, and events outside the rounds (drawn apart from them). */
  markers: { x: number; label: string; kind: "round" | "event" }[];
  table: ChartTable;
  sourceIds: string[];
  notes: string[];
  textAlternative: string;
  /** Set when the chart draws only the latest rounds (the dashboard); its own page draws them all. */
  roundWindow?: { shown: number; of: number };
}

/** The short citation of a figure's source. */
export function citeFigure(figure: Figure, data: Dataset = dataset): string {
  return formatShortCitation(getSource(figure.sourceId, data));
}

/** A stated figure as a chart value: its text with qualifier, the date or period it refers to, and its source. */
export function figureDatum(x: string | number, figure: Figure, data: Dataset = dataset): ChartDatum {
  return {
    x,
    y: figure.value,
    text: formatFigure(figure),
    qualifier: figure.qualifier,
    detail: figure.refersTo.label ?? formatPeriod(figure.refersTo.from, figure.refersTo.to),
    sources: [citeFigure(figure, data)],
    figureId: figure.id,
  };
}

function derivedDatum(x: string, figure: DerivedFigure): ChartDatum {
  return {
    x,
    y: figure.value,
    text: formatFigure(figure),
    qualifier: "derived",
    detail: `Computed: ${figure.formula}`,
    sources: ["Derived from the round figures"],
  };
}

/** The spec with the data-dependent words of its caption filled in ("{rounds}" → "February 2025 to March 2026"). */
function withCaption(spec: ChartSpec, slots: Record<string, string>): ChartSpec {
  return { ...spec, caption: spec.caption.replace(/\{(\w+)\}/g, (slot, name: string) => slots[name] ?? slot) };
}

/** "February 2025 to March 2026", or one round's label. */
function roundSpan(labels: string[]): string {
  return labels.length > 1 ? `${labels[0]} to ${labels.at(-1)}` : (labels[0] ?? "");
}

function uniqueSources(figures: Figure[]): string[] {
  return [...new Set(figures.map((f) => f.sourceId))];
}

function describe(series: ChartSeries[]): string {
  return series
    .map(
      (s) =>
        `${s.label}: ${s.data
          .filter((d) => d.y !== null)
          .map((d) => `${typeof d.x === "string" ? d.x : d.detail} ${d.text}`)
          .join("; ")}.`,
    )
    .join(" ");
}

function releasesByRound(data: Dataset, shownRounds: number): ChartModel {
  const all = data.rounds.map((round) => ({ round, figure: releasedIn(round.id, data) }));
  const rows = latestOf(all, shownRounds);
  const largest = largestRound(data);
  const total = cumulativeReleases(data).at(-1)!.total;
  const series: ChartSeries[] = [
    {
      id: "released",
      label: "Released",
      tone: "released",
      type: "bar",
      data: rows.map(({ round, figure }) => figureDatum(round.label, figure, data)),
    },
  ];
  return {
    spec: withCaption(getChartSpec("releases-by-round"), { rounds: roundSpan(rows.map((r) => r.round.label)) }),
    takeaway: `${largest.round.label} brought the largest release of a single round, ${formatFigure(largest.released)}; the ${all.length} rounds add up to ${formatFigure(total)}.`,
    categories: rows.map((r) => r.round.label),
    series,
    markers: [],
    table: {
      columns: ["Round", "Release date", "Released", "Source"],
      rows: rows.map(({ round, figure }) => [round.label, formatDate(round.release.date), formatFigure(figure), citeFigure(figure, data)]),
    },
    sourceIds: uniqueSources(rows.map((r) => r.figure)),
    notes: [],
    textAlternative: `Bar chart of people released per round. ${describe(series)}`,
  };
}

function cumulative(data: Dataset, shownRounds: number): ChartModel {
  const allSteps = cumulativeReleases(data);
  const steps = latestOf(allSteps, shownRounds);
  const stated = getFigure("released-2025-total-pism", data);
  const sum2025 = sum2025Rounds(data);
  const lastOf2025 = allSteps.filter((s) => s.round.release.date.startsWith("2025")).at(-1)!;
  const gap = stated.value - sum2025.value;
  const lines: ChartSeries[] = [
    {
      id: "running-total",
      label: "Running total of the rounds",
      tone: "derived",
      type: "line",
      data: steps.map((s) => ({ ...derivedDatum(s.round.label, s.total), at: dateMidpoint(s.round.release.date) })),
    },
    {
      id: "pism-2025-total",
      label: "PISM's stated total for 2025",
      tone: "statedTotal",
      type: "line",
      data: steps.map((s) => ({
        ...figureDatum(s.round.label, stated, data),
        at: dateMidpoint(s.round.release.date),
        ...(s === lastOf2025 ? {} : { y: null }),
      })),
    },
  ];
  // PISM's total sits on the last 2025 round; a view of later rounds only has no point of it to draw.
  const series = lines.filter((s) => s.id !== "pism-2025-total" || steps.includes(lastOf2025));
  return {
    spec: getChartSpec("cumulative-releases"),
    takeaway: `The rounds add up to ${formatFigure(allSteps.at(-1)!.total)}; the 2025 rounds add up to ${formatFigure(sum2025)}, ${gap === 0 ? "the same as" : `${formatNumber(Math.abs(gap))} ${gap > 0 ? "fewer than" : "more than"}`} PISM's stated total of ${formatFigure(stated)} for 2025.`,
    categories: steps.map((s) => s.round.label),
    series,
    markers: [],
    table: {
      columns: ["Round", "Released", "Running total", "How it is computed", "PISM's stated 2025 total"],
      rows: steps.map((s) => [
        s.round.label,
        formatFigure(s.released),
        formatFigure(s.total),
        s.total.formula,
        s === lastOf2025 ? `${formatFigure(stated)} (${citeFigure(stated, data)})` : "",
      ]),
    },
    sourceIds: uniqueSources([...steps.map((s) => s.released), stated]),
    notes: [`Sum of the 2025 rounds: ${sum2025.formula}. PISM does not say how it counted its ${formatFigure(stated)}.`],
    textAlternative: `Line chart of the running total of releases. ${describe(series)}`,
  };
}

/** "2 weeks" or "10 days": how long before the round the latest count was made. */
function gapText(days: number): string {
  return days % 7 === 0 ? `${formatNumber(days / 7)} week${days === 7 ? "" : "s"}` : `${formatNumber(days)} days`;
}

/** "; no count after the March 2026 round's releases (19 March 2026) is in the sources", when that is so. */
function noCountSince(data: Dataset): string {
  const latest = latestHeld(data);
  return latest.noCountSinceRound
    ? `; no count after the ${latest.round.label} round's releases (${formatDate(latest.round.release.date)}) is in the sources`
    : "";
}

/** The sentence on how current the count still held is: its date, and whether any count follows the latest round. */
export function latestHeldSentence(data: Dataset = dataset): string {
  const latest = latestHeld(data);
  const dated = latest.figure.refersTo.label ?? formatDate(latest.figure.refersTo.from);
  const parts = [`The latest dated count is ${formatFigure(latest.figure)} (${dated})`];
  if (latest.daysBeforeRound !== undefined)
    parts.push(`it predates the ${latest.round.label} round's releases by ${gapText(latest.daysBeforeRound)}`);
  const sentence = `${parts.join("; ")}.`;
  return latest.noCountSinceRound
    ? `${sentence} No count after the ${latest.round.label} round's releases (${formatDate(latest.round.release.date)}) is in the sources.`
    : sentence;
}

function heldOverTime(data: Dataset, shownRounds: number): ChartModel {
  const main = data.series.find((s) => s.id === "held")!;
  const allPoints = main.points.map((id) => getFigure(id, data));
  const first = allPoints[0]!;
  const last = allPoints.at(-1)!;
  const rounds = latestOf(data.rounds, shownRounds);
  // From the last count before the first round shown, so the line reaches that round's marker.
  const start = dateMidpoint(rounds[0]!.release.date);
  const after = allPoints.findIndex((p) => dateMidpoint(p.refersTo.from) >= start);
  const from = rounds.length === data.rounds.length ? 0 : after === -1 ? allPoints.length - 1 : Math.max(0, after - 1);
  const since = dateMidpoint(allPoints[from]!.refersTo.from);
  // Each series is one measure from one counter; never joined into another's line.
  const drawn = data.series.map((s) => ({
    series: s,
    points: s.points.map((id) => getFigure(id, data)).filter((p) => dateMidpoint(p.refersTo.from) >= since),
  }));
  const chartSeries: ChartSeries[] = drawn
    .filter((d) => d.points.length > 0)
    .map(({ series, points }) => ({
      id: series.id,
      label: series.title,
      tone: series.id === main.id ? "held" : "otherMeasure",
      type: "line",
      data: points.map((p) => figureDatum(dateMidpoint(p.refersTo.from), p, data)),
    }));
  const points = drawn
    .flatMap((d) => d.points.map((p) => ({ p, series: d.series })))
    .sort((a, b) => dateMidpoint(a.p.refersTo.from) - dateMidpoint(b.p.refersTo.from));
  const end = Math.max(...points.map(({ p }) => dateMidpoint(p.refersTo.from)), ...rounds.map((r) => dateMidpoint(r.release.date)));
  const events = data.events.filter((e) => dateMidpoint(e.date) >= since && dateMidpoint(e.date) <= end);
  const roundsBetween = data.rounds.filter((r) => r.release.date > first.refersTo.from && r.release.date <= last.refersTo.from);
  const eventNote = events.length
    ? [
        `Releases outside the rounds, marked apart and never added to a round: ${events.map((e) => `${e.label} (${formatDateShort(e.date)})`).join(", ")}.`,
      ]
    : [];
  return {
    spec: getChartSpec("held-over-time"),
    takeaway: `Viasna counted ${formatFigure(first)} political prisoners held on ${formatDate(first.refersTo.from)} and ${formatFigure(last)} on ${formatDate(last.refersTo.from)}, after ${roundsBetween.length} release rounds${noCountSince(data)}.`,
    categories: [],
    series: chartSeries,
    markers: [
      ...rounds.map((r) => ({ x: dateMidpoint(r.release.date), label: r.label, kind: "round" as const })),
      ...events.map((e) => ({ x: dateMidpoint(e.date), label: e.label, kind: "event" as const })),
    ],
    table: {
      columns: ["Date", "Held", "Counted by", "Source"],
      rows: points.map(({ p, series }) => [
        p.refersTo.label ?? formatDate(p.refersTo.from),
        formatFigure(p),
        series.title,
        citeFigure(p, data),
      ]),
    },
    sourceIds: uniqueSources(points.map(({ p }) => p)),
    notes: [...points.filter(({ p }) => p.note).map(({ p }) => `${formatDateShort(p.refersTo.from)}: ${p.note}`), ...eventNote],
    textAlternative: `Line chart of political prisoners held over time, with release rounds marked${events.length ? " and releases outside the rounds marked apart" : ""}. ${describe(chartSeries)}${events.length ? ` ${eventNote[0]}` : ""}`,
  };
}

function releasedVsHeld(data: Dataset, shownRounds: number): ChartModel {
  const biggest = largestRound(data);
  const largest = { ...biggest, held: heldAround(biggest.round.release.date, "held", data) };
  const rows = latestOf(data.rounds, shownRounds).map((round) => ({
    round,
    released: releasedIn(round.id, data),
    held: heldAround(round.release.date, "held", data),
  }));
  const series: ChartSeries[] = [
    {
      id: "released",
      label: "Released in the round",
      tone: "released",
      type: "bar",
      data: rows.map((r) => figureDatum(r.round.label, r.released, data)),
    },
    {
      id: "held",
      label: "Still held (nearest dated count)",
      tone: "held",
      type: "bar",
      data: rows.map((r) =>
        r.held
          ? {
              ...figureDatum(r.round.label, r.held.figure, data),
              detail: `${r.held.figure.refersTo.label ?? formatDate(r.held.figure.refersTo.from)}, ${heldAroundText(r.held)}`,
            }
          : {
              x: r.round.label,
              y: null,
              text: "no dated count",
              qualifier: "exact" as const,
              detail: "No count within 60 days of the release",
              sources: [],
            },
      ),
    },
  ];
  const heldText = (r: (typeof rows)[number]) =>
    r.held
      ? `${formatFigure(r.held.figure)} (${r.held.figure.refersTo.label ?? formatDate(r.held.figure.refersTo.from)}, ${heldAroundText(r.held)})`
      : "no dated count within 60 days";
  return {
    spec: getChartSpec("released-vs-held"),
    takeaway: largest.held
      ? `Even the largest release, ${formatFigure(largest.released)} in ${largest.round.label}, is small beside the ${formatFigure(largest.held.figure)} held ${largest.held.figure.refersTo.label ?? `on ${formatDate(largest.held.figure.refersTo.from)}`}.`
      : `The largest release was ${formatFigure(largest.released)} in ${largest.round.label}.`,
    categories: rows.map((r) => r.round.label),
    series,
    markers: [],
    table: {
      columns: ["Round", "Released", "Still held (nearest dated count)", "Sources"],
      rows: rows.map((r) => [
        r.round.label,
        formatFigure(r.released),
        heldText(r),
        [...new Set([citeFigure(r.released, data), ...(r.held ? [citeFigure(r.held.figure, data)] : [])])].join("; "),
      ]),
    },
    sourceIds: uniqueSources([...rows.map((r) => r.released), ...rows.flatMap((r) => (r.held ? [r.held.figure] : []))]),
    notes: [
      "A held count is paired with a round only when it is dated within 60 days of the release. An exact count is preferred to a lower bound, and a count its source dates only by month is given no number of days.",
    ],
    textAlternative: `Grouped bar chart of releases per round beside the number still held. ${describe(series)}`,
  };
}

const builders: Record<ChartId, (data: Dataset, shownRounds: number) => ChartModel> = {
  "releases-by-round": releasesByRound,
  "cumulative-releases": cumulative,
  "held-over-time": heldOverTime,
  "released-vs-held": releasedVsHeld,
};

/**
 * The model of a chart. With `latestRounds`, it draws and tabulates only the latest rounds (the dashboard's view, so its
 * bytes do not grow with the dataset) and says so in `roundWindow`; takeaways still speak of every round.
 */
export function buildChartModel(id: ChartId, data: Dataset = dataset, options: { latestRounds?: number } = {}): ChartModel {
  const all = data.rounds.length;
  const shown = Math.max(1, Math.min(options.latestRounds ?? all, all));
  const model = builders[id](data, shown);
  return shown < all ? { ...model, roundWindow: { shown, of: all } } : model;
}
