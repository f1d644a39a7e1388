import type { Plugin } from "chart.js";
import { Chart } from "react-chartjs-2";
import type { EncodedModel } from "@/data/chart-data";
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
  model: EncodedModel;
  colors: Palette;
  reducedMotion: boolean;
  onDrawn: () => void;
}) {
  const config = buildChartConfig(model, colors, { reducedMotion });
  // Once drawn, the canvas says what chart.js made of the axes, so the browser tests can hold it to the SVG's.
  const drawn: Plugin<"bar" | "line"> = {
    id: "drawn",
    afterRender(chart) {
      const axis = (id: string) => {
        const scale = chart.scales[id]!;
        return { min: scale.min, max: scale.max, ticks: scale.ticks.map((t) => [t.label ?? ""].flat().join(" ").trim()) };
      };
      chart.canvas.dataset.axes = JSON.stringify({ x: axis("x"), y: axis("y") });
      onDrawn();
    },
  };
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
