"use client";

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
import { useSyncExternalStore } from "react";
import { Chart } from "react-chartjs-2";
import type { ChartModel } from "@/data/chart-data";
import { palette, type PaletteMode } from "../palette";
import { buildChartConfig } from "./chart-config";

ChartJS.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

function mediaQuery(query: string) {
  return (onChange: () => void) => {
    const list = window.matchMedia(query);
    list.addEventListener("change", onChange);
    return () => list.removeEventListener("change", onChange);
  };
}
const DARK = "(prefers-color-scheme: dark)";
const REDUCED = "(prefers-reduced-motion: reduce)";
const subscribeDark = mediaQuery(DARK);
const subscribeReduced = mediaQuery(REDUCED);

/** The one client component that draws a chart: any chart model, in the reader's colour scheme. */
export function ChartCanvas({ model, theme }: { model: ChartModel; theme?: PaletteMode }) {
  const systemDark = useSyncExternalStore(
    subscribeDark,
    () => window.matchMedia(DARK).matches,
    () => false,
  );
  const reducedMotion = useSyncExternalStore(
    subscribeReduced,
    () => window.matchMedia(REDUCED).matches,
    () => true,
  );
  const mode: PaletteMode = theme ?? (systemDark ? "dark" : "light");
  const config = buildChartConfig(model, palette[mode], { reducedMotion });
  return (
    <Chart
      key={mode}
      type={config.type}
      data={config.data}
      options={config.options}
      plugins={config.plugins}
      role="img"
      aria-label={model.textAlternative}
      data-chart-canvas={model.spec.id}
    />
  );
}
