import { Chart } from "react-chartjs-2";
import type { ChartModel } from "@/data/chart-data";
import type { Palette } from "../palette";
import { buildChartConfig } from "./chart-config";
import "./chart-js";

/**
 * The interactive canvas, drawn by chart.js through react-chartjs-2. Loaded with React.lazy only when a chart scrolls
 * into view, so chart.js stays out of the JavaScript a page needs to show its charts (the static SVG does that).
 */
export default function InteractiveChart({
  model,
  colors,
  reducedMotion,
  onDrawn,
}: {
  model: ChartModel;
  colors: Palette;
  reducedMotion: boolean;
  onDrawn: () => void;
}) {
  const config = buildChartConfig(model, colors, { reducedMotion });
  const drawn = { id: "drawn", afterRender: onDrawn };
  return (
    <Chart
      type={config.type}
      data={config.data}
      options={config.options}
      plugins={[...(config.plugins ?? []), drawn]}
      role="img"
      aria-label={model.textAlternative}
      data-chart-canvas={model.spec.id}
    />
  );
}
