import type { ChartDatum, ChartModel, SeriesTone } from "@/data/chart-data";
import { formatDateShort, formatNumber, isLowerBound } from "@/data/format-figure";

/**
 * Pure layout for the static SVG chart. Every coordinate is a percentage of the plot area (0–100, y from the top),
 * so the SVG stretches to any width while its text keeps its pixel size. No DOM, no React.
 */

export type MarkShape = "circle" | "triangle" | "diamond";

export interface Tick {
  /** Position along the axis, percent of the plot area (x from the left, y from the top). */
  at: number;
  label: string;
}

export interface BarRect {
  seriesIndex: number;
  dataIndex: number;
  datum: ChartDatum;
  lowerBound: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LinePoint {
  seriesIndex: number;
  dataIndex: number;
  datum: ChartDatum;
  lowerBound: boolean;
  shape: MarkShape;
  x: number;
  y: number;
}

export interface LineSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  dashed: boolean;
}

export interface LineTrace {
  seriesIndex: number;
  tone: SeriesTone;
  /** A lone point gets a larger marker and no line. */
  lone: boolean;
  segments: LineSegment[];
  points: LinePoint[];
}

export interface ChartGeometry {
  yTicks: Tick[];
  xTicks: Tick[];
  bars: BarRect[];
  lines: LineTrace[];
  markers: (Tick & { kind: "round" | "event" })[];
}

export const isLowerBoundDatum = (d: ChartDatum) => isLowerBound(d.qualifier);

export function shapeOf(d: ChartDatum): MarkShape {
  if (isLowerBoundDatum(d)) return "triangle";
  if (d.qualifier === "about" || d.qualifier === "derived") return "diamond";
  return "circle";
}

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

/** Maps [d0, d1] onto [0, 100]. */
export function linearScale(d0: number, d1: number): (value: number) => number {
  const span = d1 - d0 || 1;
  return (value) => ((value - d0) / span) * 100;
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

function monthLabel(timestamp: number): string {
  return formatDateShort(new Date(timestamp).toISOString().slice(0, 7));
}

function yDomainMax(model: ChartModel): number {
  return Math.max(0, ...model.series.flatMap((s) => s.data.map((d) => d.y ?? 0)));
}

/** Lays out a chart model: y ticks, x ticks, bars, line traces and round markers, all in plot percentages. */
export function layoutChart(model: ChartModel): ChartGeometry {
  const ticks = niceTicks(yDomainMax(model));
  const yMax = ticks.at(-1)!;
  const toY = (value: number) => 100 - linearScale(0, yMax)(value);
  const yTicks = ticks.map((value) => ({ at: toY(value), label: formatNumber(value) }));

  const isTime = model.spec.xAxis === "time";
  let toX: (d: ChartDatum, index: number) => number;
  let xTicks: Tick[];
  let markers: ChartGeometry["markers"] = [];
  let band: number;
  if (isTime) {
    const xs = [...model.series.flatMap((s) => s.data.map((d) => Number(d.x))), ...model.markers.map((m) => m.x)];
    const min = Math.min(...xs);
    const max = Math.max(...xs);
    const pad = (max - min) * 0.04 || 86_400_000;
    const scale = linearScale(min - pad, max + pad);
    toX = (d) => scale(Number(d.x));
    xTicks = monthTicks(min - pad, max + pad).map((t) => ({ at: scale(t), label: monthLabel(t) }));
    const rounds = model.markers.filter((m) => m.kind === "round");
    const step = Math.ceil(rounds.length / MAX_CATEGORY_LABELS);
    markers = model.markers.map((m) => ({
      at: scale(m.x),
      kind: m.kind,
      label: m.kind === "event" || rounds.indexOf(m) % step === 0 ? m.label : "",
    }));
    band = 6;
  } else {
    const n = Math.max(1, model.categories.length);
    band = 100 / n;
    const index = new Map(model.categories.map((c, i) => [c, i]));
    toX = (d, i) => ((index.get(String(d.x)) ?? i) + 0.5) * band;
    // Label at most MAX_CATEGORY_LABELS categories (every first, then every step-th) so labels never overlap.
    const step = Math.ceil(n / MAX_CATEGORY_LABELS);
    xTicks = model.categories.flatMap((label, i) => (i % step === 0 ? [{ at: (i + 0.5) * band, label }] : []));
  }

  const barSeries = model.series.map((s, i) => ({ s, i })).filter(({ s }) => s.type === "bar");
  const groupWidth = band * 0.7;
  const barWidth = groupWidth / Math.max(1, barSeries.length);
  const bars: BarRect[] = barSeries.flatMap(({ s, i: seriesIndex }, slot) =>
    s.data.flatMap((datum, dataIndex) => {
      if (datum.y === null) return [];
      const y = toY(datum.y);
      return [
        {
          seriesIndex,
          dataIndex,
          datum,
          lowerBound: isLowerBoundDatum(datum),
          x: toX(datum, dataIndex) - groupWidth / 2 + slot * barWidth,
          y,
          width: barWidth,
          height: 100 - y,
        },
      ];
    }),
  );

  const lines: LineTrace[] = model.series.flatMap((s, seriesIndex) => {
    if (s.type !== "line") return [];
    const placed = s.data.map((datum, dataIndex) =>
      datum.y === null
        ? null
        : {
            seriesIndex,
            dataIndex,
            datum,
            lowerBound: isLowerBoundDatum(datum),
            shape: shapeOf(datum),
            x: toX(datum, dataIndex),
            y: toY(datum.y),
          },
    );
    const segments: LineSegment[] = [];
    placed.forEach((p, i) => {
      const q = placed[i + 1];
      if (!p || !q) return;
      segments.push({ x1: p.x, y1: p.y, x2: q.x, y2: q.y, dashed: s.tone === "derived" || p.lowerBound || q.lowerBound });
    });
    const points = placed.filter((p): p is LinePoint => p !== null);
    return [{ seriesIndex, tone: s.tone, lone: points.length === 1, segments, points }];
  });

  return { yTicks, xTicks, bars, lines, markers };
}
