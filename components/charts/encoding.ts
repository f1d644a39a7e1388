import type { ChartDatum, EncodedModel, SeriesTone } from "@/data/chart-data";
import { ENGLISH_CHART_WORDS } from "@/data/chart-words-english";
import { abbreviateMonths, formatDateShort, formatNumber, isLowerBound } from "@/data/format-intl";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import type { PaletteToken } from "../palette";

/**
 * The one encoding of a chart: scales, ticks, marks with shapes, colours, patterns and labels, annotations, stacking
 * and legend, compiled once from a chart model. The first-paint SVG (chart-svg.tsx, also the embeds, thumbnails,
 * static pictures and print) and the chart.js config (chart-config.ts) both draw this and decide nothing themselves.
 *
 * Positions are percentages of the plot area (x from the left, y from the top), so a picture stretches to any width;
 * offsets of labels and sizes of shapes are pixels. Labels are placed once for the narrowest layout, a 360 px phone
 * (REFERENCE_PLOT): a label that collides with nothing there collides with nothing on a wider screen either, because
 * wider plots only move marks apart horizontally.
 */

export const TONE_TOKEN: Record<SeriesTone, PaletteToken> = {
  released: "accent",
  held: "held",
  otherMeasure: "lowerBound",
  derived: "derived",
  statedTotal: "ink",
  remainder: "muted",
};

/** The plot area of a chart on a 360 px phone (the dashboard's figure, less the axis margins). */
export const REFERENCE_PLOT: PlotSize = { width: 232, height: 190 };

export interface PlotSize {
  width: number;
  height: number;
}
export const FONT_SIZE = 11;
export const LINE_HEIGHT = 12;
const ROW = 14;

export type PointShape = "circle" | "diamond" | "ring" | "arrow-up";
export type TextAnchor = "start" | "middle" | "end";

export interface AxisTick {
  /** The value on the axis (a number, a timestamp, or a category's index). */
  value: number;
  /** Percent of the plot (x from the left, y from the top). */
  at: number;
  /** One or two lines ("Sep", "2025"). */
  lines: string[];
  /** 1 for a label moved down two lines, clear of its neighbours' (a crowded category axis at 360 px). */
  row: 0 | 1;
}

export interface EncodedDatum {
  seriesIndex: number;
  dataIndex: number;
  datum: ChartDatum;
}

export interface BarMark extends EncodedDatum {
  color: PaletteToken;
  /** Left edge and width, percent of the plot width. */
  x: number;
  width: number;
  /** Top (value) and bottom (base), percent from the top. */
  top: number;
  base: number;
  /** A lower bound: no definite top (the bar fades out upwards), hatched, with an arrow up from the stated value. */
  lowerBound: boolean;
  approximate: boolean;
}

export interface PointMark extends EncodedDatum {
  color: PaletteToken;
  x: number;
  y: number;
  shape: PointShape;
  /** Radius (circle, ring) or half-size (diamond, arrow) in pixels. */
  size: number;
}

export interface LineMark {
  seriesIndex: number;
  color: PaletteToken;
  /** Observed or computed from observed values: solid. The path never passes through a lower bound. */
  dash: number[] | null;
  /** Runs of joined points (a lower bound or a missing value splits nothing: it is simply not a vertex). */
  path: { x: number; y: number }[];
}

export interface LabelMark {
  key: string;
  lines: string[];
  x: number;
  y: number;
  /** Pixel offset of the last line's baseline from (x, y). */
  dx: number;
  dy: number;
  anchor: TextAnchor;
  color: PaletteToken;
  weight: 400 | 600;
  role: "value" | "bound" | "direct" | "annotation" | "legend" | "unit";
}

export type AnnotationKind = "round" | "event";

export interface AnnotationMark {
  kind: AnnotationKind;
  x: number;
  dash: number[];
  color: PaletteToken;
  label: LabelMark;
}

export interface LegendEntry {
  label: string;
  color: PaletteToken;
  hatched: boolean;
  /** Pixel position of the swatch in the top margin, from the plot's left and top edges. */
  dx: number;
  dy: number;
}

export interface ChartEncoding {
  id: string;
  kind: "bar" | "line";
  stacked: boolean;
  x: { type: "category" | "time"; min: number; max: number; ticks: AxisTick[]; categories: string[] };
  y: { min: 0; max: number; ticks: AxisTick[]; title: string };
  /** Pixels around the plot area: the unit title, legend and annotation labels above, tick labels below and left. */
  margin: { top: number; right: number; bottom: number; left: number };
  bars: BarMark[];
  lines: LineMark[];
  points: PointMark[];
  labels: LabelMark[];
  annotations: AnnotationMark[];
  legend: LegendEntry[];
  /** The plot size the labels were placed for (a 360 px phone on the site; the picture's own size in a picture). */
  plot: PlotSize;
  /** The bar group's share of a category band (chart.js's categoryPercentage) and bar slots in a group. */
  band: { share: number; slots: number };
}

export const isLowerBoundDatum = (d: ChartDatum) => isLowerBound(d.qualifier);
const isApproximate = (d: ChartDatum) => d.qualifier === "about";

/** A step of 1, 2, 2.5 or 5 times a power of ten that splits [0, max] into about `count` intervals. */
export function niceStep(max: number, count = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normalised = raw / magnitude;
  const factor = normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 2.5 ? 2.5 : normalised <= 5 ? 5 : 10;
  return factor * magnitude;
}

/** Ticks from 0 up to the first nice number at or above `max`. */
export function niceTicks(max: number, count = 5): number[] {
  const step = niceStep(max, count);
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let i = 0; i * step <= top + step * 1e-9; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

export const MAX_CATEGORY_LABELS = 8;
const MONTH_STEPS = [1, 2, 3, 4, 6, 12, 24, 60, 120];

/** First-of-month ticks inside [from, to] (UTC timestamps), at most `maxTicks` of them. */
export function monthTicks(from: number, to: number, maxTicks = 6): number[] {
  const start = new Date(from);
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1);
  const months = (new Date(to).getUTCFullYear() - year) * 12 + new Date(to).getUTCMonth() - month + 1;
  const step = MONTH_STEPS.find((s) => Math.ceil(months / s) <= maxTicks) ?? Math.ceil(months / maxTicks);
  if (step >= 12 && month % 12 !== 0) {
    year += 1;
    month = 0;
  } else if (step > 1 && step < 12) {
    month = Math.ceil(month / step) * step;
  }
  const ticks: number[] = [];
  for (let t = Date.UTC(year, month, 1); t <= to; month += step, t = Date.UTC(year, month, 1)) ticks.push(t);
  return ticks;
}

/** "September 2025" as "Sep" over "2025", so eight labels fit a phone-wide axis (the table has them in full). */
export function twoLineLabel(label: string, locale: Locale = DEFAULT_LOCALE): string[] {
  const short = abbreviateMonths(label, locale);
  // Russian and Belarusian dates end in a year word ("сент. 2025 г."): the year keeps its word on the second line.
  const yearWord = locale === "en" ? null : /\s(\d{4}\s\S+)$/.exec(short);
  const cut = yearWord ? yearWord.index : short.lastIndexOf(" ");
  return cut > 0 ? [short.slice(0, cut), short.slice(cut + 1)] : [short];
}

/** A deterministic estimate of a text's width in pixels (no DOM), on the generous side for system sans fonts. */
export function textWidth(text: string, size = FONT_SIZE, weight: 400 | 600 = 400): number {
  let em = 0;
  for (const ch of text) {
    if (/[0-9]/.test(ch)) em += 0.56;
    else if (/[ .,:;'’|!il]/.test(ch)) em += 0.3;
    else if (/[mwMW–—шщжмюыШЩЖМЮЫ]/.test(ch)) em += 0.85;
    else if (/[A-Z]/.test(ch) || (ch > "\u007f" && /\p{Lu}/u.test(ch))) em += 0.68;
    else em += 0.55;
  }
  return em * size * (weight === 600 ? 1.06 : 1);
}

/** Splits a long text into at most two lines of about equal width. */
export function wrapInTwo(text: string, maxWidth: number): string[] {
  if (textWidth(text) <= maxWidth) return [text];
  const words = text.split(" ");
  let best: string[] = [text];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
    const width = Math.max(...lines.map((l) => textWidth(l)));
    if (width < bestWidth) [best, bestWidth] = [lines, width];
  }
  return best;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a label's text box lies, in reference pixels. */
export function labelBox(
  label: Pick<LabelMark, "lines" | "x" | "y" | "dx" | "dy" | "anchor" | "weight">,
  plot: PlotSize = REFERENCE_PLOT,
): Box {
  const width = Math.max(...label.lines.map((l) => textWidth(l, FONT_SIZE, label.weight)));
  const ax = (label.x / 100) * plot.width + label.dx;
  const baseline = (label.y / 100) * plot.height + label.dy;
  const left = label.anchor === "start" ? ax : label.anchor === "end" ? ax - width : ax - width / 2;
  return { left, right: left + width, top: baseline - FONT_SIZE + 2 - (label.lines.length - 1) * LINE_HEIGHT, bottom: baseline + 3 };
}

export const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function segmentHitsBox(p: { x: number; y: number }, q: { x: number; y: number }, box: Box, plot: PlotSize): boolean {
  const toPx = (v: { x: number; y: number }) => ({ x: (v.x / 100) * plot.width, y: (v.y / 100) * plot.height });
  const a = toPx(p);
  const b = toPx(q);
  const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2));
  for (let i = 0; i <= steps; i++) {
    const x = a.x + ((b.x - a.x) * i) / steps;
    const y = a.y + ((b.y - a.y) * i) / steps;
    if (x > box.left - 1 && x < box.right + 1 && y > box.top - 1 && y < box.bottom + 1) return true;
  }
  return false;
}

export type Placement = Pick<LabelMark, "dx" | "dy" | "anchor">;

/** Around a point: above, above-left, above-right, right, left, below. */
export const POINT_PLACEMENTS: Placement[] = [
  { dx: 0, dy: -9, anchor: "middle" },
  { dx: -6, dy: -7, anchor: "end" },
  { dx: 6, dy: -7, anchor: "start" },
  { dx: 9, dy: 4, anchor: "start" },
  { dx: -9, dy: 4, anchor: "end" },
  { dx: 0, dy: 18, anchor: "middle" },
];

export interface Obstacles {
  boxes: Box[];
  lines: { x: number; y: number }[][];
}

/**
 * Puts each label at the first of its placements whose box stays inside the plot (at 360 px) and touches no line,
 * no mark and no label placed before it. Returns null for a label that fits nowhere.
 */
export function placeLabel(
  label: Omit<LabelMark, "dx" | "dy" | "anchor">,
  placements: Placement[],
  obstacles: Obstacles,
  bounds?: Box,
  plot: PlotSize = REFERENCE_PLOT,
): LabelMark | null {
  bounds ??= { left: 0, top: 0, right: plot.width, bottom: plot.height };
  for (const placement of placements) {
    const candidate = { ...label, ...placement };
    const box = labelBox(candidate, plot);
    const inside = box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
    if (!inside) continue;
    if (obstacles.boxes.some((b) => overlaps(b, box))) continue;
    if (obstacles.lines.some((path) => path.some((p, i) => i > 0 && segmentHitsBox(path[i - 1]!, p, box, plot)))) continue;
    obstacles.boxes.push(box);
    return candidate;
  }
  return null;
}

/**
 * Labels of vertical annotations (release rounds) in rows above the plot: each goes in the first row where it clears
 * the labels already there at 360 px, so labels never sit on lines or on each other. Returns each label's row.
 */
export function annotationRows(xs: number[], labels: string[], width: number = REFERENCE_PLOT.width): number[] {
  const rows: Box[][] = [];
  return xs.map((x, i) => {
    const w = textWidth(labels[i]!);
    const px = (x / 100) * width;
    const left = Math.min(Math.max(px - w / 2, 0), width - w);
    const box = { left: left - 3, right: left + w + 3, top: 0, bottom: 1 };
    let row = rows.findIndex((r) => !r.some((b) => overlaps(b, box)));
    if (row === -1) row = rows.push([]) - 1;
    rows[row]!.push(box);
    return row;
  });
}

/** A label's anchor that keeps it inside the plot at 360 px: centred, or flush with the edge it would cross. */
function anchorInside(x: number, width: number, plot: PlotSize): { anchor: TextAnchor; dx: number } {
  const px = (x / 100) * plot.width;
  if (px - width / 2 < 0) return { anchor: "start", dx: -px };
  if (px + width / 2 > plot.width) return { anchor: "end", dx: plot.width - px };
  return { anchor: "middle", dx: 0 };
}

/**
 * Ticks of a time axis: at the dates of the rounds where the values belong to rounds (so each point is named by its
 * round, at its true place in time), else at the first of the month; thinned so no two labels touch at 360 px.
 */
function timeTicks(model: EncodedModel, min: number, max: number, scale: (t: number) => number, plot: PlotSize): AxisTick[] {
  const locale = model.locale ?? DEFAULT_LOCALE;
  const dated = model.series[0]?.data.filter((d) => typeof d.x === "string" && d.at !== undefined) ?? [];
  const candidates: AxisTick[] = dated.length
    ? dated.map((d) => ({ value: d.at!, at: scale(d.at!), lines: twoLineLabel(String(d.x), locale), row: 0 as const }))
    : monthTicks(min, max).map((t) => ({
        value: t,
        at: scale(t),
        lines: twoLineLabel(formatDateShort(new Date(t).toISOString().slice(0, 7), locale), locale),
        row: 0 as const,
      }));
  const kept: AxisTick[] = [];
  let right = -Infinity;
  for (const tick of candidates) {
    const half = Math.max(...tick.lines.map((l) => textWidth(l))) / 2;
    const px = (tick.at / 100) * plot.width;
    if (px - half < right + 4) continue;
    kept.push(tick);
    right = px + half;
  }
  return kept;
}

/** Every other category label moves down two lines when neighbours would touch at the given plot width. */
function staggered(ticks: AxisTick[], plot: PlotSize): AxisTick[] {
  const half = (t: AxisTick) => Math.max(...t.lines.map((l) => textWidth(l))) / 2;
  const crowded = ticks.some((t, i) => i > 0 && ((t.at - ticks[i - 1]!.at) / 100) * plot.width < half(t) + half(ticks[i - 1]!) + 4);
  return crowded ? ticks.map((t, i) => ({ ...t, row: (i % 2) as 0 | 1 })) : ticks;
}

/** Pixels a label needs above the value it labels: a value label, or a lower bound's arrow and two-line label. */
const ROOM_ABOVE = { value: 18, bound: 46 };

/** Where a datum is placed on a time axis: its x, or its own timestamp when x is a category label. */
const timeOf = (d: ChartDatum) => (typeof d.x === "number" ? d.x : (d.at ?? 0));

/** The y domain's top: every value, with room above it for its label, fits at 360 px. */
function yTop(model: EncodedModel, stacked: boolean, plot: PlotSize): number {
  const needs: number[] = [];
  const room = (v: number, px: number) => v / (1 - px / plot.height);
  if (stacked) {
    model.categories.forEach((_, i) => {
      const total = model.series.reduce((sum, s) => sum + (s.data[i]?.y ?? 0), 0);
      needs.push(room(total, ROOM_ABOVE.value));
    });
  }
  for (const s of model.series)
    for (const d of s.data) if (d.y !== null) needs.push(room(d.y, isLowerBoundDatum(d) ? ROOM_ABOVE.bound : ROOM_ABOVE.value));
  return niceTicks(Math.max(0, ...needs)).at(-1)!;
}

/** Compiles a chart model into the encoding both renderers draw. Pure: no DOM, no React, no chart.js. */
export function encodeChart(model: EncodedModel, options: { plot?: PlotSize } = {}): ChartEncoding {
  const plot = options.plot ?? REFERENCE_PLOT;
  const locale = model.locale ?? DEFAULT_LOCALE;
  const words = model.words ?? ENGLISH_CHART_WORDS;
  const stacked = model.spec.stacked === true;
  const yMax = yTop(model, stacked, plot);
  const toY = (value: number) => 100 - (value / yMax) * 100;
  const yTicks: AxisTick[] = niceTicks(yMax).map((value) => ({ value, at: toY(value), lines: [formatNumber(value, locale)], row: 0 }));

  const isTime = model.spec.xAxis === "time";
  const markers = model.markers.map((m) => ({ ...m, kind: m.kind ?? ("round" as const) }));
  let x: ChartEncoding["x"];
  let toX: (d: ChartDatum, index: number) => number;
  let bandWidth: number;
  if (isTime) {
    const xs = [...model.series.flatMap((s) => s.data.filter((d) => d.y !== null).map(timeOf)), ...markers.map((m) => m.x)];
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    const pad = (hi - lo) * 0.04 || 86_400_000;
    const [min, max] = [lo - pad, hi + pad];
    const scale = (t: number) => ((t - min) / (max - min)) * 100;
    toX = (d) => scale(timeOf(d));
    x = { type: "time", min, max, categories: [], ticks: timeTicks(model, min, max, scale, plot) };
    bandWidth = 6;
  } else {
    const n = Math.max(1, model.categories.length);
    bandWidth = 100 / n;
    const index = new Map(model.categories.map((c, i) => [c, i]));
    toX = (d, i) => ((index.get(String(d.x)) ?? i) + 0.5) * bandWidth;
    // Label at most MAX_CATEGORY_LABELS categories (every first, then every step-th) so labels never overlap.
    const step = Math.ceil(n / MAX_CATEGORY_LABELS);
    x = {
      type: "category",
      // As chart.js counts a category axis: the first and last index (each band's half is the axis's offset).
      min: 0,
      max: n - 1,
      categories: model.categories,
      ticks: staggered(
        model.categories.flatMap((label, i) =>
          i % step === 0 ? [{ value: i, at: (i + 0.5) * bandWidth, lines: twoLineLabel(label, locale), row: 0 as const }] : [],
        ),
        plot,
      ),
    };
  }

  // Bars: grouped side by side in a band, or stacked in one slot.
  const barSeries = model.series.map((s, i) => ({ s, i })).filter(({ s }) => s.type === "bar");
  const share = 0.7;
  const slots = stacked ? 1 : Math.max(1, barSeries.length);
  const groupWidth = bandWidth * share;
  const barWidth = groupWidth / slots;
  const stackBase = new Map<number, number>();
  const bars: BarMark[] = [];
  barSeries.forEach(({ s, i: seriesIndex }, slot) =>
    s.data.forEach((datum, dataIndex) => {
      if (datum.y === null) return;
      const base = stacked ? (stackBase.get(dataIndex) ?? 0) : 0;
      if (stacked) stackBase.set(dataIndex, base + datum.y);
      const lowerBound = isLowerBoundDatum(datum);
      bars.push({
        seriesIndex,
        dataIndex,
        datum,
        color: lowerBound ? "lowerBound" : TONE_TOKEN[s.tone],
        x: toX(datum, dataIndex) - groupWidth / 2 + (stacked ? 0 : slot) * barWidth,
        width: barWidth,
        top: toY(base + datum.y),
        base: toY(base),
        lowerBound,
        approximate: isApproximate(datum),
      });
    }),
  );

  // Lines and their points. A lower bound is a point of its own, an arrow up, never a vertex of the line.
  const lineSeries = model.series.map((s, i) => ({ s, i })).filter(({ s }) => s.type === "line");
  const points: PointMark[] = [];
  const lines: LineMark[] = [];
  for (const { s, i: seriesIndex } of lineSeries) {
    const drawn = s.data.flatMap((datum, dataIndex) =>
      datum.y === null ? [] : [{ datum, dataIndex, x: toX(datum, dataIndex), y: toY(datum.y) }],
    );
    const joined = drawn.filter((p) => !isLowerBoundDatum(p.datum));
    const lone = drawn.length === 1;
    if (joined.length > 1)
      lines.push({ seriesIndex, color: TONE_TOKEN[s.tone], dash: null, path: joined.map((p) => ({ x: p.x, y: p.y })) });
    for (const p of drawn) {
      const lowerBound = isLowerBoundDatum(p.datum);
      points.push({
        seriesIndex,
        dataIndex: p.dataIndex,
        datum: p.datum,
        color: lowerBound ? "lowerBound" : TONE_TOKEN[s.tone],
        x: p.x,
        y: p.y,
        shape: lowerBound ? "arrow-up" : isApproximate(p.datum) ? "diamond" : lone ? "ring" : "circle",
        size: lowerBound ? 6 : lone ? 7 : isApproximate(p.datum) ? 5 : 4,
      });
    }
  }

  // Annotations: vertical lines with their labels in rows above the plot.
  const annotationXs = markers.map((m) => ((m.x - x.min) / (x.max - x.min)) * 100);
  const annotationLabels = markers.map((m) => abbreviateMonths(m.label, locale));
  const rows = annotationRows(annotationXs, annotationLabels, plot.width);
  const rowCount = rows.length ? Math.max(...rows) + 1 : 0;

  // Legend only where direct labels would not do: several bar series. Lines carry their names at their ends.
  const drawnBars = barSeries.filter(({ s }) => s.data.some((d) => d.y !== null));
  const legendSeries = drawnBars.length > 1 ? drawnBars : [];
  const legend: LegendEntry[] = [];
  let legendRow = 0;
  let cursor = 0;
  const LEGEND_LEFT = -40;
  const legendWidth = plot.width - LEGEND_LEFT;
  for (const { s } of legendSeries) {
    const w = 14 + textWidth(s.label) + 12;
    if (cursor > 0 && cursor + w > legendWidth) {
      legendRow += 1;
      cursor = 0;
    }
    legend.push({ label: s.label, color: TONE_TOKEN[s.tone], hatched: false, dx: LEGEND_LEFT + cursor, dy: legendRow * ROW });
    cursor += w;
  }
  const hasBoundBar = bars.some((b) => b.lowerBound);
  if (legend.length && hasBoundBar) {
    const w = 14 + textWidth(words.lowerBoundLegend) + 12;
    if (cursor + w > legendWidth) [legendRow, cursor] = [legendRow + 1, 0];
    legend.push({ label: words.lowerBoundLegend, color: "lowerBound", hatched: true, dx: LEGEND_LEFT + cursor, dy: legendRow * ROW });
  }
  const legendRows = legend.length ? legendRow + 1 : 0;
  const top = 24 + rowCount * ROW + legendRows * ROW;
  legend.forEach((l) => (l.dy = l.dy - top + 12));
  const annotations: AnnotationMark[] = markers.map((m, i) => {
    const at = annotationXs[i]!;
    const { anchor, dx } = anchorInside(at, textWidth(annotationLabels[i]!), plot);
    return {
      kind: m.kind,
      x: at,
      dash: m.kind === "round" ? [4, 4] : [1, 3],
      color: "muted",
      label: {
        key: `annotation-${i}`,
        lines: [annotationLabels[i]!],
        x: at,
        y: 0,
        dx,
        dy: -4 - rows[i]! * ROW,
        anchor,
        color: "muted",
        weight: 400,
        role: "annotation",
      },
    };
  });

  const labels: LabelMark[] = [
    {
      key: "unit",
      lines: [model.spec.unit],
      x: 0,
      y: 0,
      dx: -40,
      dy: -12 - rowCount * ROW,
      anchor: "start",
      color: "muted",
      weight: 400,
      role: "unit",
    },
  ];
  const obstacles: Obstacles = {
    boxes: points.map((p) => {
      const cx = (p.x / 100) * plot.width;
      const cy = (p.y / 100) * plot.height;
      return { left: cx - p.size, right: cx + p.size, top: cy - p.size, bottom: cy + p.size };
    }),
    lines: lines.map((l) => l.path),
  };

  // Every bar carries its value: above it (a line higher where a neighbour's label is in the way), or inside a
  // stacked part tall enough, else beside it. Lower bounds come last and rise above their neighbours' labels, so each
  // exact value stays right on its bar and the lower bound's words sit on top of its arrow.
  const barOrder = [...bars].sort((p, q) => Number(p.lowerBound) - Number(q.lowerBound) || p.top - q.top);
  for (const bar of barOrder) {
    const key = `bar-${bar.seriesIndex}-${bar.dataIndex}`;
    const cx = bar.x + bar.width / 2;
    const base = { key, x: cx, y: bar.top, color: "ink" as const, weight: 600 as const };
    if (bar.lowerBound) {
      const label = { ...base, lines: boundLines(bar.datum.text), role: "bound" as const };
      // Beside its arrow only where no other bar stands: the other bars are obstacles for a lower bound's words.
      const barBoxes = bars
        .filter((b) => b !== bar)
        .map((b) => ({
          left: (b.x / 100) * plot.width,
          right: ((b.x + b.width) / 100) * plot.width,
          top: (b.top / 100) * plot.height,
          bottom: (b.base / 100) * plot.height,
        }));
      const withBars = { boxes: [...obstacles.boxes, ...barBoxes], lines: obstacles.lines };
      const placed = placeLabel(label, BAR_BOUND_PLACEMENTS, withBars, labelBounds(plot), plot);
      if (placed) obstacles.boxes.push(labelBox(placed, plot));
      labels.push(placed ?? { ...label, ...BAR_BOUND_PLACEMENTS[0]! });
      continue;
    }
    const height = ((bar.base - bar.top) / 100) * plot.height;
    if (stacked) {
      const inside = height >= FONT_SIZE + 3;
      labels.push({
        ...base,
        lines: [bar.datum.text],
        x: inside ? cx : bar.x + bar.width,
        y: (bar.top + bar.base) / 2,
        dx: inside ? 0 : 4,
        dy: 4,
        anchor: inside ? "middle" : "start",
        color: inside ? "surface" : "ink",
        role: "value",
      });
    } else {
      const label = { ...base, lines: [bar.datum.text], role: "value" as const };
      labels.push(placeLabel(label, BAR_PLACEMENTS, obstacles, labelBounds(plot), plot) ?? { ...label, ...BAR_PLACEMENTS[0]! });
    }
  }

  // Lines: a lower bound says what it is; the ends of a line carry their values, the last its series' name too
  // where several lines share the plot; a point that shares its x with another series' point is labelled as well.
  const multiLine = lineSeries.length > 1;
  const xsOf = (seriesIndex: number) => new Set(points.filter((p) => p.seriesIndex === seriesIndex).map((p) => p.x));
  const labelled = points.filter((p) => {
    const own = points.filter((q) => q.seriesIndex === p.seriesIndex);
    const first = own[0] === p;
    const last = own.at(-1) === p;
    const shared = lineSeries.some(({ i }) => i !== p.seriesIndex && xsOf(i).has(p.x));
    return p.shape === "arrow-up" || p.shape === "diamond" || first || last || shared;
  });
  // Lower bounds, lone points and line ends first: they matter most when space runs out.
  labelled.sort((a, b) => rank(a, points) - rank(b, points));
  for (const p of labelled) {
    const series = model.series[p.seriesIndex]!;
    const own = points.filter((q) => q.seriesIndex === p.seriesIndex);
    const isEnd = own.at(-1) === p;
    const valueLines = p.shape === "arrow-up" ? boundLines(p.datum.text) : [p.datum.text];
    const named = multiLine && isEnd ? [...wrapInTwo(series.label, 120), ...valueLines].slice(-3) : valueLines;
    const base = { key: `point-${p.seriesIndex}-${p.dataIndex}`, x: p.x, y: p.y, color: "ink" as const, weight: 600 as const };
    const role = p.shape === "arrow-up" ? "bound" : named.length > valueLines.length ? "direct" : "value";
    const placements = p.shape === "arrow-up" ? BOUND_PLACEMENTS : POINT_PLACEMENTS;
    const placed =
      placeLabel({ ...base, lines: named, role }, placements, obstacles, undefined, plot) ??
      (named !== valueLines
        ? placeLabel(
            { ...base, lines: valueLines, role: p.shape === "arrow-up" ? "bound" : "value" },
            placements,
            obstacles,
            undefined,
            plot,
          )
        : null);
    if (placed) labels.push(placed);
    else if (p.shape === "arrow-up") labels.push({ ...base, lines: valueLines, role: "bound", ...BOUND_PLACEMENTS[0]! });
  }

  return {
    id: model.spec.id,
    kind: model.spec.kind,
    stacked,
    x,
    y: { min: 0, max: yMax, ticks: yTicks, title: model.spec.unit },
    margin: { top, right: 12, bottom: x.ticks.some((t) => t.row === 1) ? 58 : 34, left: 52 },
    bars,
    lines,
    points,
    labels,
    annotations,
    legend,
    band: { share, slots },
    plot,
  };
}

/** Bar labels may rise into the top margin by a line, never below the plot's top edge by more. */
const labelBounds = (plot: PlotSize): Box => ({ left: -40, top: -6, right: plot.width + 10, bottom: plot.height });
const BAR_PLACEMENTS: Placement[] = [0, 1, 2, 3].map((k) => ({ dx: 0, dy: -4 - k * LINE_HEIGHT, anchor: "middle" }));
const BAR_BOUND_PLACEMENTS: Placement[] = [
  { dx: 0, dy: -17, anchor: "middle" },
  { dx: 7, dy: 0, anchor: "start" },
  { dx: -7, dy: 0, anchor: "end" },
  ...[1, 2, 3].map((k): Placement => ({ dx: 0, dy: -17 - k * LINE_HEIGHT, anchor: "middle" })),
];

/** Above a lower bound's arrow (which rises 14 px from the stated value), or beside it. */
const BOUND_PLACEMENTS: Placement[] = [
  { dx: 0, dy: -17, anchor: "middle" },
  { dx: -9, dy: -4, anchor: "end" },
  { dx: 9, dy: -4, anchor: "start" },
  { dx: 0, dy: 28, anchor: "middle" },
];

function rank(p: PointMark, all: PointMark[]): number {
  if (p.shape === "arrow-up") return 0;
  if (p.shape === "ring") return 1;
  const own = all.filter((q) => q.seriesIndex === p.seriesIndex);
  return own.at(-1) === p ? 2 : 3;
}

/** "more than 1,000" as "more than" over "1,000": the words never drop off a narrow mark. */
function boundLines(text: string): string[] {
  const cut = text.lastIndexOf(" ");
  return cut > 0 ? [text.slice(0, cut), text.slice(cut + 1)] : [text];
}
