import type { ChartConfiguration, ChartDataset, Plugin, TooltipItem } from "chart.js";
import type { ChartDatum, ChartModel, SeriesTone } from "@/data/chart-data";
import { formatDateShort, formatNumber, isLowerBound, qualifierDescription } from "@/data/format-figure";
import type { Palette, PaletteToken } from "../palette";

export const TONE_TOKEN: Record<SeriesTone, PaletteToken> = {
  released: "accent",
  held: "held",
  otherMeasure: "lowerBound",
  derived: "derived",
  statedTotal: "lowerBound",
  remainder: "muted",
};

type Mixed = "bar" | "line";
export type ChartConfig = ChartConfiguration<Mixed, (number | null | { x: number; y: number | null })[], string>;

export interface ChartConfigOptions {
  reducedMotion: boolean;
}

const isLowerBoundDatum = (d: ChartDatum) => isLowerBound(d.qualifier);

function pointStyle(d: ChartDatum): "triangle" | "rectRot" | "circle" {
  if (isLowerBoundDatum(d)) return "triangle";
  if (d.qualifier === "about" || d.qualifier === "derived") return "rectRot";
  return "circle";
}

function isoDay(timestamp: number): string {
  return new Date(timestamp).toISOString().slice(0, 10);
}

/** Labels lower bounds in the plot itself ("more than 1,000"), so the bound is never read as a plain number. */
function lowerBoundLabels(model: ChartModel, colors: Palette): Plugin<Mixed> {
  return {
    id: "lowerBoundLabels",
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = "600 11px system-ui, sans-serif";
      ctx.fillStyle = colors.ink;
      ctx.textAlign = "center";
      model.series.forEach((series, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        series.data.forEach((d, i) => {
          const element = meta.data[i];
          if (!element || d.y === null || !isLowerBoundDatum(d)) return;
          const label = `▲ ${d.text}`;
          const half = ctx.measureText(label).width / 2;
          const x = Math.min(Math.max(element.x, chart.chartArea.left + half), chart.chartArea.right - half);
          ctx.fillText(label, x, element.y - 10);
        });
      });
      ctx.restore();
    },
  };
}

/** Vertical lines on a time axis: dashed for the release rounds, dotted and in the held colour for events outside them. */
function markerLines(model: ChartModel, colors: Palette): Plugin<Mixed> {
  return {
    id: "roundMarkers",
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales.x;
      if (!x || model.markers.length === 0) return;
      ctx.save();
      ctx.strokeStyle = colors.muted;
      ctx.fillStyle = colors.muted;
      ctx.setLineDash([4, 4]);
      ctx.font = "11px system-ui, sans-serif";
      ctx.textAlign = "left";
      for (const marker of model.markers) {
        const px = x.getPixelForValue(marker.x);
        if (px < chartArea.left || px > chartArea.right) continue;
        const tone = marker.kind === "event" ? colors.held : colors.muted;
        ctx.strokeStyle = tone;
        ctx.fillStyle = tone;
        ctx.setLineDash(marker.kind === "event" ? [1, 3] : [4, 4]);
        ctx.beginPath();
        ctx.moveTo(px, chartArea.top);
        ctx.lineTo(px, chartArea.bottom);
        ctx.stroke();
        ctx.save();
        ctx.translate(px + 3, chartArea.bottom - 4);
        ctx.rotate(-Math.PI / 2);
        ctx.fillText(marker.label, 0, 0);
        ctx.restore();
      }
      ctx.restore();
    },
  };
}

function dataset(
  model: ChartModel,
  seriesIndex: number,
  colors: Palette,
): ChartDataset<Mixed, (number | null | { x: number; y: number | null })[]> {
  const series = model.series[seriesIndex]!;
  const color = colors[TONE_TOKEN[series.tone]];
  const fills = series.data.map((d) => (isLowerBoundDatum(d) ? colors.lowerBound : color));
  const data = model.spec.xAxis === "time" ? series.data.map((d) => ({ x: d.x as number, y: d.y })) : series.data.map((d) => d.y);
  if (series.type === "bar") {
    return { type: "bar", label: series.label, data, backgroundColor: fills, borderColor: fills, borderWidth: 1, maxBarThickness: 56 };
  }
  const lone = series.data.filter((d) => d.y !== null).length === 1;
  return {
    type: "line",
    label: series.label,
    data,
    borderColor: color,
    backgroundColor: fills,
    pointBackgroundColor: fills,
    pointBorderColor: fills,
    pointStyle: series.data.map(pointStyle),
    pointRadius: lone ? 7 : 4,
    pointHoverRadius: lone ? 9 : 6,
    showLine: !lone,
    spanGaps: false,
    tension: 0,
    borderDash: series.tone === "derived" ? [6, 4] : undefined,
    segment: {
      borderDash: (ctx) => {
        const a = series.data[ctx.p0DataIndex];
        const b = series.data[ctx.p1DataIndex];
        return (a && isLowerBoundDatum(a)) || (b && isLowerBoundDatum(b)) ? [3, 3] : undefined;
      },
    },
  };
}

/** Turns a chart model into a chart.js configuration. Pure: no DOM, no React; tested in tests/unit. */
export function buildChartConfig(model: ChartModel, colors: Palette, options: ChartConfigOptions): ChartConfig {
  const datumAt = (item: TooltipItem<Mixed>) => model.series[item.datasetIndex]?.data[item.dataIndex];
  const isTime = model.spec.xAxis === "time";
  const grid = { color: colors.border };
  const ticks = { color: colors.muted, font: { size: 12 } };
  return {
    type: model.spec.kind,
    data: {
      labels: isTime ? undefined : model.categories,
      datasets: model.series.map((_, i) => dataset(model, i, colors)),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: options.reducedMotion ? false : { duration: 400 },
      interaction: { mode: isTime ? "nearest" : "index", intersect: false },
      layout: { padding: { top: 24 } },
      scales: {
        x: isTime
          ? {
              type: "linear",
              grid,
              ticks: { ...ticks, maxTicksLimit: 8, callback: (value) => formatDateShort(isoDay(Number(value)).slice(0, 7)) },
            }
          : { type: "category", grid: { display: false }, ticks, stacked: model.spec.stacked },
        y: {
          type: "linear",
          stacked: model.spec.stacked,
          beginAtZero: true,
          grid,
          ticks: { ...ticks, callback: (value) => formatNumber(Number(value)) },
          title: { display: true, text: model.spec.unit, color: colors.muted },
        },
      },
      plugins: {
        legend: { display: model.series.length > 1, labels: { color: colors.ink, usePointStyle: true } },
        tooltip: {
          filter: (item) => datumAt(item)?.y !== null,
          callbacks: {
            title: (items) => {
              const d = items[0] && datumAt(items[0]);
              return d ? (typeof d.x === "string" ? d.x : d.detail) : "";
            },
            label: (item) => {
              const d = datumAt(item);
              return d ? `${model.series[item.datasetIndex]!.label}: ${d.text}` : "";
            },
            afterLabel: (item) => {
              const d = datumAt(item);
              if (!d) return [];
              const lines = [d.qualifier === "derived" ? d.detail : `${d.detail} — ${qualifierDescription(d.qualifier)}`];
              if (d.sources.length) lines.push(`Source: ${d.sources.join("; ")}`);
              return lines;
            },
          },
        },
      },
    },
    plugins: [lowerBoundLabels(model, colors), markerLines(model, colors)],
  };
}
