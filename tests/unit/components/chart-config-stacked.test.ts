import { describe, expect, it } from "vitest";
import { buildChartConfig } from "@/components/charts/chart-config";
import { palette } from "@/components/palette";
import { buildChartModel } from "@/data/chart-data";
import { buildComparison } from "@/data/compare";
import { makeDataset } from "../fixtures/dataset-factory";

/** Six rounds shaped like the real ones, with the fixture's own numbers (tests/unit/fixtures). */
const fixture = makeDataset();

describe("buildChartConfig with a stacked spec", () => {
  it("stacks both axes for the destinations of a comparison, with the remainder in the muted colour", () => {
    const model = buildComparison("2025-09", "2025-12", fixture).destinationsChart;
    const config = buildChartConfig(model, palette.light, { reducedMotion: true });
    const scales = config.options!.scales! as Record<string, { stacked?: boolean }>;
    expect(config.data.datasets.every((d) => (d as { grouped?: boolean }).grouped === false)).toBe(true);
    expect(scales.x!.stacked).toBe(true);
    expect(scales.y!.stacked).toBe(true);
    expect(config.data.datasets.map((d) => d.label)).toEqual(["Ukraine", "Lithuania", "Not broken down by destination"]);
    expect(config.data.datasets.map((d) => d.data)).toEqual([
      [null, 114],
      [null, 9],
      [52, null],
    ]);
    expect((config.data.datasets[2]!.backgroundColor as string[])[0]).toBe(palette.light.muted);
  });

  it("leaves the dashboard's charts unstacked", () => {
    const config = buildChartConfig(buildChartModel("released-vs-held", fixture), palette.light, { reducedMotion: true });
    const scales = config.options!.scales! as Record<string, { stacked?: boolean }>;
    expect(scales.x!.stacked).toBeFalsy();
    expect(scales.y!.stacked).toBeFalsy();
  });
});
