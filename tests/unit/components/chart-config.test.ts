import type { Plugin, TooltipItem } from "chart.js";
import { describe, expect, it } from "vitest";
import { buildChartConfig } from "@/components/charts/chart-config";
import { palette } from "@/components/palette";
import { buildChartModel } from "@/data/chart-data";
import { makeDataset } from "../fixtures/dataset-factory";

/** Six rounds shaped like the real ones, with the fixture's own numbers (tests/unit/fixtures). */
const fixture = makeDataset();

const light = palette.light;

function tooltipLines(id: Parameters<typeof buildChartModel>[0], datasetIndex: number, dataIndex: number) {
  const config = buildChartConfig(buildChartModel(id, fixture), light, { reducedMotion: true });
  const callbacks = config.options!.plugins!.tooltip!.callbacks!;
  const item = { datasetIndex, dataIndex } as TooltipItem<"bar" | "line">;
  const label = (callbacks.label as (i: typeof item) => string)(item);
  const after = (callbacks.afterLabel as (i: typeof item) => string[])(item);
  return [label, ...after];
}

describe("buildChartConfig", () => {
  it("turns the releases model into a bar chart coloured from the palette", () => {
    const config = buildChartConfig(buildChartModel("releases-by-round", fixture), light, { reducedMotion: false });
    expect(config.type).toBe("bar");
    expect(config.data.labels).toEqual(["February 2025", "April 2025", "June 2025", "September 2025", "December 2025", "March 2026"]);
    expect(config.data.datasets[0]!.data).toEqual([3, 1, 14, 52, 123, 250]);
    expect(config.data.datasets[0]!.backgroundColor).toEqual(Array(6).fill(light.accent));
  });

  it("puts the qualifier and the source in the tooltip", () => {
    const [label, detail, source] = tooltipLines("releases-by-round", 0, 4);
    expect(label).toBe("Released: 123");
    expect(detail).toContain("an exact count");
    expect(source).toBe("Source: Fixture News, 1 Jan 2025");
  });

  it("draws a lower bound in its own colour and says so in the tooltip", () => {
    const config = buildChartConfig(buildChartModel("released-vs-held", fixture), palette.dark, { reducedMotion: true });
    expect((config.data.datasets[1]!.backgroundColor as string[])[4]).toBe(palette.dark.lowerBound);
    const [label, detail] = tooltipLines("released-vs-held", 1, 4);
    expect(label).toBe("Still held (nearest dated count): more than 1,000");
    expect(detail).toContain("a lower bound");
  });

  it("explains derived points with their formula", () => {
    const [label, detail] = tooltipLines("cumulative-releases", 0, 4);
    expect(label).toBe("Running total of the rounds: 193");
    expect(detail).toBe("Computed: 3 + 1 + 14 + 52 + 123 = 193");
  });

  it("uses a time axis with triangle markers for lower bounds on held-over-time", () => {
    const config = buildChartConfig(buildChartModel("held-over-time", fixture), light, { reducedMotion: true });
    const ds = config.data.datasets[0]! as { pointStyle: string[]; data: { x: number; y: number }[] };
    expect(config.options!.scales!.x!.type).toBe("linear");
    expect(ds.data[0]).toEqual({ x: Date.UTC(2024, 11, 31), y: 1265 });
    expect(ds.pointStyle[3]).toBe("triangle");
    expect(ds.pointStyle[0]).toBe("circle");
    expect((config.plugins as Plugin[]).map((p) => p.id)).toEqual(["lowerBoundLabels", "roundMarkers"]);
  });

  it("turns animation off for readers who ask for reduced motion", () => {
    expect(buildChartConfig(buildChartModel("releases-by-round", fixture), light, { reducedMotion: true }).options!.animation).toBe(false);
  });
});
