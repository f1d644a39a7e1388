import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import type { ChartModel } from "@/data/chart-data";
import { palette } from "../palette";
import { buildChartConfig } from "./chart-config";

ChartJS.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

import { CHART_IMAGE_SIZE } from "./chart-image-size";

export { CHART_IMAGE_SIZE };

export interface ChartImageText {
  sourceLine: string;
  permalink: string;
  versionLine: string;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const PAD = 32;

function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function drawLines(ctx: CanvasRenderingContext2D, lines: string[], x: number, y: number, lineHeight: number): number {
  lines.forEach((line, i) => ctx.fillText(line, x, y + i * lineHeight));
  return y + lines.length * lineHeight;
}

/**
 * Draws the chart for documents and slides: title, takeaway, the chart from the same model and config as the live one
 * (light palette, no animation), the original sources, the permalink and the dataset's version and date.
 */
export function drawChartImage(model: ChartModel, text: ChartImageText): HTMLCanvasElement {
  const { width, height, scale } = CHART_IMAGE_SIZE;
  const colors = palette.light;
  const inner = width - 2 * PAD;

  const out = document.createElement("canvas");
  out.width = width * scale;
  out.height = height * scale;
  const ctx = out.getContext("2d")!;
  ctx.scale(scale, scale);
  ctx.fillStyle = colors.surface;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = "top";

  ctx.fillStyle = colors.ink;
  ctx.font = `700 24px ${FONT}`;
  let y = drawLines(ctx, wrap(ctx, model.spec.title, inner), PAD, PAD, 30);
  ctx.font = `400 16px ${FONT}`;
  y = drawLines(ctx, wrap(ctx, model.takeaway, inner), PAD, y + 8, 22);

  ctx.font = `400 13px ${FONT}`;
  const footer = [...wrap(ctx, `${text.sourceLine}.`, inner), ...wrap(ctx, `${text.permalink} · ${text.versionLine}`, inner)];
  const footerTop = height - PAD - footer.length * 18;

  const chartTop = y + 16;
  const chartHeight = Math.max(160, footerTop - 16 - chartTop);
  const chartCanvas = document.createElement("canvas");
  chartCanvas.width = inner;
  chartCanvas.height = chartHeight;
  const config = buildChartConfig(model, colors, { reducedMotion: true });
  const chart = new ChartJS(chartCanvas, {
    ...config,
    options: { ...config.options, responsive: false, animation: false, devicePixelRatio: scale, events: [] },
  });
  ctx.drawImage(chartCanvas, PAD, chartTop, inner, chartHeight);
  chart.destroy();

  ctx.fillStyle = colors.muted;
  ctx.font = `400 13px ${FONT}`;
  drawLines(ctx, footer, PAD, footerTop, 18);
  return out;
}

export function chartImageBlob(model: ChartModel, text: ChartImageText): Promise<Blob> {
  const canvas = drawChartImage(model, text);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}
