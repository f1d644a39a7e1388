import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import type { ChartModel } from "@/data/chart-data";
import type { Palette } from "../palette";
import { buildChartConfig } from "./chart-config";

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

/**
 * Draws a chart model on a canvas. Loaded with import() only when a chart scrolls into view, so chart.js stays out of
 * the JavaScript a page needs to show its charts (the static SVG does that).
 */
export function drawChart(canvas: HTMLCanvasElement, model: ChartModel, colors: Palette, reducedMotion: boolean): () => void {
  const config = buildChartConfig(model, colors, { reducedMotion });
  const chart = new Chart(canvas, config);
  return () => chart.destroy();
}
