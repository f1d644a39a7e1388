import type { ChartModel } from "@/data/chart-data";
import type { PaletteMode } from "../palette";
import { ChartCanvas } from "./chart-canvas";
import { ChartSvg } from "./chart-svg";

/** A chart that is visible before any script runs: the static SVG first, the interactive canvas once scrolled into view. */
export function ChartView({ model, theme }: { model: ChartModel; theme?: PaletteMode }) {
  return (
    <ChartCanvas model={model} theme={theme}>
      <ChartSvg model={model} />
    </ChartCanvas>
  );
}
