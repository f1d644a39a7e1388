import type { ChartConfiguration, ChartDataset, Plugin, TooltipItem } from "chart.js";
import type { EncodedModel } from "@/data/chart-data";
import { ENGLISH_CHART_WORDS } from "@/data/chart-words-english";
import type { Palette } from "../palette";
import { encodeChart, FONT_SIZE, LINE_HEIGHT, type ChartEncoding, type LabelMark, type PointShape } from "./encoding";

type Mixed = "bar" | "line";
type Datum = number | null | { x: number; y: number | null };
export type ChartConfig = ChartConfiguration<Mixed, Datum[], string>;

export interface ChartConfigOptions {
  reducedMotion: boolean;
}

const FONT = `${FONT_SIZE}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
const TRANSPARENT = "rgba(0,0,0,0)";

const POINT_STYLE: Record<PointShape, "circle" | "rectRot" | false> = {
  circle: "circle",
  ring: "circle",
  diamond: "rectRot",
  "arrow-up": false,
};

/**
 * Draws what chart.js has no element for, from the same encoding as the SVG: lower bounds (faded, hatched bars and
 * arrows up), round annotations, value and direct labels, the unit title and the legend.
 */
function encodingPlugin(encoding: ChartEncoding, colors: Palette): Plugin<Mixed> {
  const at = (area: { left: number; top: number; width: number; height: number }, x: number, y: number) => ({
    x: area.left + (x / 100) * area.width,
    y: area.top + (y / 100) * area.height,
  });
  function text(ctx: CanvasRenderingContext2D, label: LabelMark, area: { left: number; top: number; width: number; height: number }) {
    const p = at(area, label.x, label.y);
    ctx.font = `${label.weight} ${FONT}`;
    ctx.fillStyle = colors[label.color];
    ctx.textAlign = label.anchor === "middle" ? "center" : label.anchor === "start" ? "left" : "right";
    ctx.textBaseline = "alphabetic";
    const n = label.lines.length;
    label.lines.forEach((line, i) => ctx.fillText(line, p.x + label.dx, p.y + label.dy - (n - 1 - i) * LINE_HEIGHT));
  }
  function arrow(ctx: CanvasRenderingContext2D, x: number, y: number, color: string, base: boolean) {
    ctx.save();
    ctx.strokeStyle = color;
    ctx.lineWidth = 2.5;
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    ctx.setLineDash([]);
    ctx.beginPath();
    if (base) {
      ctx.moveTo(x - 6, y);
      ctx.lineTo(x + 6, y);
    }
    ctx.moveTo(x, y);
    ctx.lineTo(x, y - 14);
    ctx.moveTo(x - 4, y - 9);
    ctx.lineTo(x, y - 14);
    ctx.lineTo(x + 4, y - 9);
    ctx.stroke();
    ctx.restore();
  }
  return {
    id: "encoding",
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea: area } = chart;
      ctx.save();
      for (const a of encoding.annotations) {
        const p = at(area, a.x, 0);
        ctx.strokeStyle = colors[a.color];
        ctx.lineWidth = 1;
        ctx.setLineDash(a.dash);
        ctx.beginPath();
        ctx.moveTo(p.x, area.top);
        ctx.lineTo(p.x, area.bottom);
        ctx.stroke();
      }
      ctx.setLineDash([]);
      for (const bar of encoding.bars.filter((b) => b.lowerBound)) {
        const left = at(area, bar.x, bar.top);
        const right = at(area, bar.x + bar.width, bar.base);
        const gradient = ctx.createLinearGradient(0, right.y, 0, left.y);
        const color = colors[bar.color];
        gradient.addColorStop(0, color);
        gradient.addColorStop(0.55, `${color}bf`);
        gradient.addColorStop(1, `${color}0d`);
        ctx.fillStyle = gradient;
        ctx.fillRect(left.x, left.y, right.x - left.x, right.y - left.y);
        ctx.save();
        ctx.beginPath();
        ctx.rect(left.x, left.y, right.x - left.x, right.y - left.y);
        ctx.clip();
        ctx.strokeStyle = `${colors.surface}99`;
        ctx.lineWidth = 2;
        const h = right.y - left.y;
        for (let x = left.x - h; x < right.x; x += 6 * Math.SQRT2) {
          ctx.beginPath();
          ctx.moveTo(x, right.y);
          ctx.lineTo(x + h, left.y);
          ctx.stroke();
        }
        ctx.restore();
        arrow(ctx, (left.x + right.x) / 2, left.y, color, false);
      }
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const { ctx, chartArea: area } = chart;
      ctx.save();
      for (const p of encoding.points.filter((q) => q.shape === "arrow-up")) {
        const c = at(area, p.x, p.y);
        arrow(ctx, c.x, c.y, colors[p.color], true);
      }
      for (const a of encoding.annotations) text(ctx, a.label, area);
      for (const label of encoding.labels) text(ctx, label, area);
      for (const entry of encoding.legend) {
        ctx.fillStyle = colors[entry.color];
        ctx.fillRect(area.left + entry.dx, area.top + entry.dy - 9, 10, 10);
        text(
          ctx,
          {
            key: entry.label,
            lines: [entry.label],
            x: 0,
            y: 0,
            dx: entry.dx + 14,
            dy: entry.dy,
            anchor: "start",
            color: "ink",
            weight: 400,
            role: "legend",
          },
          area,
        );
      }
      ctx.restore();
    },
  };
}

function dataset(model: EncodedModel, encoding: ChartEncoding, seriesIndex: number, colors: Palette): ChartDataset<Mixed, Datum[]> {
  const series = model.series[seriesIndex]!;
  if (series.type === "bar") {
    const marks = new Map(encoding.bars.filter((b) => b.seriesIndex === seriesIndex).map((b) => [b.dataIndex, b]));
    // A lower bound's bar is drawn by the plugin (faded, hatched, open at the top); chart.js keeps it for the tooltip.
    const fills = series.data.map((_, i) => {
      const mark = marks.get(i);
      return !mark || mark.lowerBound ? TRANSPARENT : colors[mark.color];
    });
    return {
      type: "bar",
      label: series.label,
      data: series.data.map((d) => d.y),
      backgroundColor: fills,
      borderWidth: 0,
      categoryPercentage: encoding.band.share,
      barPercentage: 1,
      grouped: !encoding.stacked,
    };
  }
  const marks = new Map(encoding.points.filter((p) => p.seriesIndex === seriesIndex).map((p) => [p.dataIndex, p]));
  const line = encoding.lines.find((l) => l.seriesIndex === seriesIndex);
  const color = line ? colors[line.color] : TRANSPARENT;
  const style = series.data.map((_, i) => {
    const mark = marks.get(i);
    return {
      pointStyle: mark ? POINT_STYLE[mark.shape] : false,
      radius: mark && mark.shape !== "arrow-up" ? mark.size : 0,
      fill: !mark ? TRANSPARENT : mark.shape === "ring" ? TRANSPARENT : mark.shape === "diamond" ? colors.surface : colors[mark.color],
      border: mark ? colors[mark.color] : TRANSPARENT,
      borderWidth: mark?.shape === "ring" ? 2.5 : mark?.shape === "diamond" ? 2 : 0,
    };
  });
  return {
    type: "line",
    label: series.label,
    // A lower bound is no vertex: the line runs past it (spanGaps) and the plugin draws its arrow.
    data: series.data.map((d, i) => ({
      x: encoding.x.type === "time" ? (typeof d.x === "number" ? d.x : (d.at ?? encoding.x.min)) : i,
      y: marks.get(i)?.shape === "arrow-up" ? null : d.y,
    })),
    borderColor: color,
    borderWidth: 2,
    borderDash: line?.dash ?? [],
    showLine: line !== undefined,
    spanGaps: true,
    tension: 0,
    pointStyle: style.map((s) => s.pointStyle),
    pointRadius: style.map((s) => s.radius),
    pointHoverRadius: style.map((s) => (s.radius ? s.radius + 2 : 0)),
    pointBackgroundColor: style.map((s) => s.fill),
    pointBorderColor: style.map((s) => s.border),
    pointBorderWidth: style.map((s) => s.borderWidth),
  };
}

/**
 * Turns a chart model into a chart.js configuration that draws the chart's encoding: the same axis ranges, ticks,
 * marks and labels as the first-paint SVG. Pure: no DOM, no React; tested in tests/unit.
 */
export function buildChartConfig(model: EncodedModel, colors: Palette, options: ChartConfigOptions): ChartConfig {
  const encoding = encodeChart(model);
  const words = model.words ?? ENGLISH_CHART_WORDS;
  const datumAt = (item: TooltipItem<Mixed>) => model.series[item.datasetIndex]?.data[item.dataIndex];
  const isTime = encoding.x.type === "time";
  const { margin } = encoding;
  const tickFont = { size: FONT_SIZE };
  const xTicks = encoding.x.ticks;
  const yTicks = encoding.y.ticks;
  return {
    type: model.spec.kind,
    data: {
      labels: isTime ? undefined : model.categories,
      datasets: model.series.map((_, i) => dataset(model, encoding, i, colors)),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: options.reducedMotion ? false : { duration: 400 },
      interaction: { mode: isTime ? "nearest" : "index", intersect: false },
      layout: { padding: { top: margin.top, right: margin.right, left: 0, bottom: 0 } },
      scales: {
        x: {
          type: isTime ? "linear" : "category",
          min: isTime ? encoding.x.min : undefined,
          max: isTime ? encoding.x.max : undefined,
          offset: !isTime,
          stacked: encoding.stacked,
          grid: { display: false, drawTicks: false },
          border: { display: false },
          afterBuildTicks: (axis) => {
            axis.ticks = xTicks.map((t) => ({ value: t.value }));
          },
          afterFit: (axis) => {
            axis.height = margin.bottom;
          },
          ticks: {
            color: colors.muted,
            font: tickFont,
            autoSkip: false,
            maxRotation: 0,
            minRotation: 0,
            padding: 4,
            // A label moved down (a crowded axis) starts two empty lines lower, as in the SVG.
            callback: (_value, index) => {
              const tick = xTicks[index];
              return tick ? [...(tick.row ? ["", ""] : []), ...tick.lines] : "";
            },
          },
        },
        y: {
          type: "linear",
          min: 0,
          max: encoding.y.max,
          stacked: encoding.stacked,
          grid: { color: colors.border, drawTicks: false },
          border: { display: false },
          afterBuildTicks: (axis) => {
            axis.ticks = yTicks.map((t) => ({ value: t.value }));
          },
          afterFit: (axis) => {
            axis.width = margin.left;
          },
          ticks: { color: colors.muted, font: tickFont, padding: 6, callback: (_value, index) => yTicks[index]?.lines.join(" ") ?? "" },
        },
      },
      plugins: {
        legend: { display: false },
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
              const lines = [d.qualifier === "derived" ? d.detail : `${d.detail} — ${words.qualifiers[d.qualifier]}`];
              if (d.sources.length) lines.push(`${words.source}: ${d.sources.join("; ")}`);
              return lines;
            },
          },
        },
      },
    },
    plugins: [encodingPlugin(encoding, colors)],
  };
}
