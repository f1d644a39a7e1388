import { encodedModel, type ChartModel } from "@/data/chart-data";
import { withChartWords } from "@/data/chart-words";
import type { PaletteMode } from "../palette";
import { ChartCanvas } from "./chart-canvas";
import { ChartSvg } from "./chart-svg";

/** A chart that is visible before any script runs: the static SVG first, the interactive canvas once scrolled into view. */
export function ChartView({ model: bare, theme }: { model: ChartModel; theme?: PaletteMode }) {
  // The canvas reads its words from the model: the client leaf never loads the message catalogues.
  const model = withChartWords(bare);
  return (
    <ChartCanvas model={encodedModel(model)} theme={theme}>
      <ChartSvg model={model} />
    </ChartCanvas>
  );
}
