import { formatShortCitation } from "./citation";
import { getChartSpec, type ChartId, type ChartSpec } from "./chart-specs";
import { dataset, type Dataset } from "./dataset";
import { cumulativeReleases, heldAround, largestRound, latestHeld, sum2025Rounds, type DerivedFigure, type HeldAround } from "./derive";
import { dateMidpoint, formatDate, formatDateShort, formatFigure, formatNumber, formatPeriod } from "./format-figure";
import { chartWords, type ChartWords } from "./chart-words";
import { latestOf } from "./page-limits";
import { getFigure, getSource, releasedIn } from "./queries";
import type { Figure, Qualifier } from "./schema";
import { DEFAULT_LOCALE, type Locale } from "./text/locales";
import { t } from "./text/translate";

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
  /** The language of the model's words; the renderers format numbers and dates in it (English when absent). */
  locale?: Locale;
  /** The renderers' own words in that language (English when absent). */
  words?: ChartWords;
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

/**
 * What the renderers read of a model (the encoding, the SVG and the chart.js canvas): the table, notes, takeaway and
 * sources stay in the page's HTML and never travel in the interactive chart's props.
 */
export type EncodedModel = Pick<ChartModel, "spec" | "locale" | "words" | "categories" | "series" | "markers" | "textAlternative">;

/** A model cut to what the client's canvas reads. */
export function encodedModel({ spec, locale, words, categories, series, markers, textAlternative }: ChartModel): EncodedModel {
  return { spec, locale, words, categories, series, markers, textAlternative };
}

/** The short citation of a figure's source. */
export function citeFigure(figure: Figure, data: Dataset = dataset, locale: Locale = DEFAULT_LOCALE): string {
  return formatShortCitation(getSource(figure.sourceId, data), {}, locale);
}

/** A stated figure as a chart value: its text with qualifier, the date or period it refers to, and its source. */
export function figureDatum(x: string | number, figure: Figure, data: Dataset = dataset, locale: Locale = DEFAULT_LOCALE): ChartDatum {
  return {
    x,
    y: figure.value,
    text: formatFigure(figure, locale),
    qualifier: figure.qualifier,
    detail: figure.refersTo.label ?? formatPeriod(figure.refersTo.from, figure.refersTo.to, locale),
    sources: [citeFigure(figure, data, locale)],
    figureId: figure.id,
  };
}

function derivedDatum(x: string, figure: DerivedFigure, locale: Locale): ChartDatum {
  return {
    x,
    y: figure.value,
    text: formatFigure(figure, locale),
    qualifier: "derived",
    detail: t(locale, "chart.computed", { formula: figure.formula }),
    sources: [t(locale, "chart.derivedSource")],
  };
}

/** "February 2025 to March 2026", or one round's label. */
function roundSpan(labels: string[], locale: Locale): string {
  return labels.length > 1 ? t(locale, "chart.roundSpan", { first: labels[0]!, last: labels.at(-1)! }) : (labels[0] ?? "");
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

/** "14 days before the release", or how the count is dated when it has no day (derive.ts's heldAroundText, in a locale). */
export function heldAroundPhrase(held: HeldAround, locale: Locale = DEFAULT_LOCALE): string {
  if (held.days === undefined) return t(locale, "chart.heldMonthOnly");
  if (held.relation === "same day") return t(locale, "chart.heldSameDay");
  return t(locale, "chart.heldDays", { days: held.days, relation: held.relation === "before" ? "before" : "after" });
}

/** The date a figure refers to, in words: its own label, or its date. */
function datedText(figure: Figure, locale: Locale): string {
  return figure.refersTo.label ?? formatDate(figure.refersTo.from, locale);
}

function releasesByRound(data: Dataset, shownRounds: number, locale: Locale): ChartModel {
  const all = data.rounds.map((round) => ({ round, figure: releasedIn(round.id, data) }));
  const rows = latestOf(all, shownRounds);
  const largest = largestRound(data);
  const total = cumulativeReleases(data, locale).at(-1)!.total;
  const series: ChartSeries[] = [
    {
      id: "released",
      label: t(locale, "chart.byRoundSeries"),
      tone: "released",
      type: "bar",
      data: rows.map(({ round, figure }) => figureDatum(round.label, figure, data, locale)),
    },
  ];
  return {
    spec: getChartSpec("releases-by-round", locale, {
      rounds: roundSpan(
        rows.map((r) => r.round.label),
        locale,
      ),
    }),
    takeaway: t(locale, "chart.byRoundTakeaway", {
      round: largest.round.label,
      largest: formatFigure(largest.released, locale),
      count: all.length,
      total: formatFigure(total, locale),
    }),
    categories: rows.map((r) => r.round.label),
    series,
    markers: [],
    table: {
      columns: [
        t(locale, "chart.colRound"),
        t(locale, "chart.colReleaseDate"),
        t(locale, "chart.colReleased"),
        t(locale, "chart.colSource"),
      ],
      rows: rows.map(({ round, figure }) => [
        round.label,
        formatDate(round.release.date, locale),
        formatFigure(figure, locale),
        citeFigure(figure, data, locale),
      ]),
    },
    sourceIds: uniqueSources(rows.map((r) => r.figure)),
    notes: [],
    textAlternative: t(locale, "chart.byRoundAlt", { description: describe(series) }),
  };
}

function cumulative(data: Dataset, shownRounds: number, locale: Locale): ChartModel {
  const allSteps = cumulativeReleases(data, locale);
  const steps = latestOf(allSteps, shownRounds);
  const stated = getFigure("released-2025-total-pism", data);
  const sum2025 = sum2025Rounds(data, locale);
  const lastOf2025 = allSteps.filter((s) => s.round.release.date.startsWith("2025")).at(-1)!;
  const gap = stated.value - sum2025.value;
  const lines: ChartSeries[] = [
    {
      id: "running-total",
      label: t(locale, "chart.cumulativeSeries"),
      tone: "derived",
      type: "line",
      data: steps.map((s) => ({ ...derivedDatum(s.round.label, s.total, locale), at: dateMidpoint(s.round.release.date) })),
    },
    {
      id: "pism-2025-total",
      label: t(locale, "chart.pismTotalSeries"),
      tone: "statedTotal",
      type: "line",
      data: steps.map((s) => ({
        ...figureDatum(s.round.label, stated, data, locale),
        at: dateMidpoint(s.round.release.date),
        ...(s === lastOf2025 ? {} : { y: null }),
      })),
    },
  ];
  // PISM's total sits on the last 2025 round; a view of later rounds only has no point of it to draw.
  const series = lines.filter((s) => s.id !== "pism-2025-total" || steps.includes(lastOf2025));
  return {
    spec: getChartSpec("cumulative-releases", locale),
    takeaway: t(locale, "chart.cumulativeTakeaway", {
      comparison: gap === 0 ? "same" : gap > 0 ? "fewer" : "more",
      total: formatFigure(allSteps.at(-1)!.total, locale),
      sum2025: formatFigure(sum2025, locale),
      gap: formatNumber(Math.abs(gap), locale),
      stated: formatFigure(stated, locale),
    }),
    categories: steps.map((s) => s.round.label),
    series,
    markers: [],
    table: {
      columns: [
        t(locale, "chart.colRound"),
        t(locale, "chart.colReleased"),
        t(locale, "chart.colRunningTotal"),
        t(locale, "chart.colFormula"),
        t(locale, "chart.colPismTotal"),
      ],
      rows: steps.map((s) => [
        s.round.label,
        formatFigure(s.released, locale),
        formatFigure(s.total, locale),
        s.total.formula,
        s === lastOf2025 ? `${formatFigure(stated, locale)} (${citeFigure(stated, data, locale)})` : "",
      ]),
    },
    sourceIds: uniqueSources([...steps.map((s) => s.released), stated]),
    notes: [t(locale, "chart.cumulativeNote", { formula: sum2025.formula, stated: formatFigure(stated, locale) })],
    textAlternative: t(locale, "chart.cumulativeAlt", { description: describe(series) }),
  };
}

/** "2 weeks" or "10 days": how long before the round the latest count was made. */
export function gapText(days: number, locale: Locale = DEFAULT_LOCALE): string {
  return days % 7 === 0 ? t(locale, "chart.weeks", { count: days / 7 }) : t(locale, "chart.days", { count: days });
}

/** The sentence on how current the count still held is: its date, and whether any count follows the latest round. */
export function latestHeldSentence(data: Dataset = dataset, locale: Locale = DEFAULT_LOCALE): string {
  const latest = latestHeld(data);
  const values = { figure: formatFigure(latest.figure, locale), dated: datedText(latest.figure, locale) };
  const sentence =
    latest.daysBeforeRound !== undefined
      ? t(locale, "chart.latestHeldPredates", { ...values, round: latest.round.label, gap: gapText(latest.daysBeforeRound, locale) })
      : t(locale, "chart.latestHeld", values);
  return latest.noCountSinceRound
    ? `${sentence} ${t(locale, "chart.noCountSince", { round: latest.round.label, date: formatDate(latest.round.release.date, locale) })}`
    : sentence;
}

function heldOverTime(data: Dataset, shownRounds: number, locale: Locale): ChartModel {
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
      data: points.map((p) => figureDatum(dateMidpoint(p.refersTo.from), p, data, locale)),
    }));
  const points = drawn
    .flatMap((d) => d.points.map((p) => ({ p, series: d.series })))
    .sort((a, b) => dateMidpoint(a.p.refersTo.from) - dateMidpoint(b.p.refersTo.from));
  const end = Math.max(...points.map(({ p }) => dateMidpoint(p.refersTo.from)), ...rounds.map((r) => dateMidpoint(r.release.date)));
  const events = data.events.filter((e) => dateMidpoint(e.date) >= since && dateMidpoint(e.date) <= end);
  const roundsBetween = data.rounds.filter((r) => r.release.date > first.refersTo.from && r.release.date <= last.refersTo.from);
  const eventNote = events.length
    ? [
        t(locale, "chart.eventsNote", {
          events: events.map((e) => `${e.label} (${formatDateShort(e.date, locale)})`).join(", "),
        }),
      ]
    : [];
  const latest = latestHeld(data);
  const takeawayValues = {
    first: formatFigure(first, locale),
    firstDate: formatDate(first.refersTo.from, locale),
    last: formatFigure(last, locale),
    lastDate: formatDate(last.refersTo.from, locale),
    rounds: roundsBetween.length,
  };
  return {
    spec: getChartSpec("held-over-time", locale),
    takeaway: latest.noCountSinceRound
      ? t(locale, "chart.heldTakeawayNoCount", {
          ...takeawayValues,
          round: latest.round.label,
          date: formatDate(latest.round.release.date, locale),
        })
      : t(locale, "chart.heldTakeaway", takeawayValues),
    categories: [],
    series: chartSeries,
    markers: [
      ...rounds.map((r) => ({ x: dateMidpoint(r.release.date), label: r.label, kind: "round" as const })),
      ...events.map((e) => ({ x: dateMidpoint(e.date), label: e.label, kind: "event" as const })),
    ],
    table: {
      columns: [t(locale, "chart.colDate"), t(locale, "chart.colHeld"), t(locale, "chart.colCountedBy"), t(locale, "chart.colSource")],
      rows: points.map(({ p, series }) => [datedText(p, locale), formatFigure(p, locale), series.title, citeFigure(p, data, locale)]),
    },
    sourceIds: uniqueSources(points.map(({ p }) => p)),
    notes: [...points.filter(({ p }) => p.note).map(({ p }) => `${formatDateShort(p.refersTo.from, locale)}: ${p.note}`), ...eventNote],
    textAlternative: events.length
      ? t(locale, "chart.heldAltEvents", { description: describe(chartSeries), events: eventNote[0]! })
      : t(locale, "chart.heldAlt", { description: describe(chartSeries) }),
  };
}

function releasedVsHeld(data: Dataset, shownRounds: number, locale: Locale): ChartModel {
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
      label: t(locale, "chart.vsHeldReleasedSeries"),
      tone: "released",
      type: "bar",
      data: rows.map((r) => figureDatum(r.round.label, r.released, data, locale)),
    },
    {
      id: "held",
      label: t(locale, "chart.vsHeldHeldSeries"),
      tone: "held",
      type: "bar",
      data: rows.map((r) =>
        r.held
          ? {
              ...figureDatum(r.round.label, r.held.figure, data, locale),
              detail: `${datedText(r.held.figure, locale)}, ${heldAroundPhrase(r.held, locale)}`,
            }
          : {
              x: r.round.label,
              y: null,
              text: t(locale, "chart.noDatedCount"),
              qualifier: "exact" as const,
              detail: t(locale, "chart.noCountWithin"),
              sources: [],
            },
      ),
    },
  ];
  const heldText = (r: (typeof rows)[number]) =>
    r.held
      ? `${formatFigure(r.held.figure, locale)} (${datedText(r.held.figure, locale)}, ${heldAroundPhrase(r.held, locale)})`
      : t(locale, "chart.noCountWithinCell");
  const largestValues = { released: formatFigure(largest.released, locale), round: largest.round.label };
  return {
    spec: getChartSpec("released-vs-held", locale),
    takeaway: !largest.held
      ? t(locale, "chart.vsHeldTakeawayAlone", largestValues)
      : largest.held.figure.refersTo.label !== undefined
        ? t(locale, "chart.vsHeldTakeawayDated", {
            ...largestValues,
            held: formatFigure(largest.held.figure, locale),
            dated: largest.held.figure.refersTo.label,
          })
        : t(locale, "chart.vsHeldTakeawayOn", {
            ...largestValues,
            held: formatFigure(largest.held.figure, locale),
            date: formatDate(largest.held.figure.refersTo.from, locale),
          }),
    categories: rows.map((r) => r.round.label),
    series,
    markers: [],
    table: {
      columns: [
        t(locale, "chart.colRound"),
        t(locale, "chart.colReleased"),
        t(locale, "chart.colStillHeld"),
        t(locale, "chart.colSources"),
      ],
      rows: rows.map((r) => [
        r.round.label,
        formatFigure(r.released, locale),
        heldText(r),
        [...new Set([citeFigure(r.released, data, locale), ...(r.held ? [citeFigure(r.held.figure, data, locale)] : [])])].join("; "),
      ]),
    },
    sourceIds: uniqueSources([...rows.map((r) => r.released), ...rows.flatMap((r) => (r.held ? [r.held.figure] : []))]),
    notes: [t(locale, "chart.vsHeldNote")],
    textAlternative: t(locale, "chart.vsHeldAlt", { description: describe(series) }),
  };
}

const builders: Record<ChartId, (data: Dataset, shownRounds: number, locale: Locale) => ChartModel> = {
  "releases-by-round": releasesByRound,
  "cumulative-releases": cumulative,
  "held-over-time": heldOverTime,
  "released-vs-held": releasedVsHeld,
};

/**
 * The model of a chart, with its words in `locale` (pass the dataset of that locale, datasetFor(locale), for its
 * labels). With `latestRounds`, it draws and tabulates only the latest rounds (the dashboard's view, so its bytes do
 * not grow with the dataset) and says so in `roundWindow`; takeaways still speak of every round.
 */
export function buildChartModel(
  id: ChartId,
  data: Dataset = dataset,
  options: { latestRounds?: number } = {},
  locale: Locale = DEFAULT_LOCALE,
): ChartModel {
  const all = data.rounds.length;
  const shown = Math.max(1, Math.min(options.latestRounds ?? all, all));
  const model = { ...builders[id](data, shown, locale), locale, words: chartWords(locale) };
  return shown < all ? { ...model, roundWindow: { shown, of: all } } : model;
}
