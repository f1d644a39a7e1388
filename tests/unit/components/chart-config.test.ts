import type { Plugin, TooltipItem } from "chart.js";
import { describe, expect, it } from "vitest";
import { buildChartConfig } from "@/components/charts/chart-config";
import { palette } from "@/components/palette";
import { buildChartModel } from "@/data/chart-data";
import { BOUND_ONLY_NEAR_DECEMBER, makeDataset } from "../fixtures/dataset-factory";

const bounded = makeDataset({ held: BOUND_ONLY_NEAR_DECEMBER });
/** Six rounds shaped like the real ones (tests/unit/fixtures/dataset-factory.ts): a new round in data/ changes nothing here. */
const fixture = makeDataset();

const light = palette.light;

function tooltipLines(id: Parameters<typeof buildChartModel>[0], datasetIndex: number, dataIndex: number, data?: typeof bounded) {
  const config = buildChartConfig(buildChartModel(id, data), light, { reducedMotion: true });
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
    expect(source).toBe("Source: PISM, 15 Dec 2025");
  });

  it("leaves a lower bound's bar to the plugin (no definite top) and says what it is in the tooltip", () => {
    const config = buildChartConfig(buildChartModel("released-vs-held", bounded), palette.dark, { reducedMotion: true });
    expect((config.data.datasets[1]!.backgroundColor as string[])[4]).toBe("rgba(0,0,0,0)");
    expect((config.data.datasets[1]!.backgroundColor as string[])[3]).toBe(palette.dark.held);
    const [label, detail] = tooltipLines("released-vs-held", 1, 4, bounded);
    expect(label).toBe("Still held (nearest dated count): more than 1,000");
    expect(detail).toContain("a lower bound");
  });

  it("explains derived points with their formula", () => {
    const [label, detail] = tooltipLines("cumulative-releases", 0, 4);
    expect(label).toBe("Running total of the rounds: 193");
    expect(detail).toBe("Computed: 3 + 1 + 14 + 52 + 123 = 193");
  });

  it("puts held counts on a time axis where a lower bound is no vertex of the line", () => {
    const config = buildChartConfig(buildChartModel("held-over-time", bounded), light, { reducedMotion: true });
    const ds = config.data.datasets[0]! as unknown as {
      pointStyle: (string | false)[];
      data: { x: number; y: number | null }[];
      spanGaps: boolean;
    };
    expect(config.options!.scales!.x!.type).toBe("linear");
    expect(ds.data[0]).toEqual({ x: Date.UTC(2024, 11, 31), y: 1265 });
    expect(ds.data[3]).toEqual({ x: Date.UTC(2025, 11, 15), y: null });
    expect(ds.spanGaps).toBe(true);
    expect(ds.pointStyle[3]).toBe(false);
    expect(ds.pointStyle[0]).toBe("circle");
    expect((config.plugins as Plugin[]).map((p) => p.id)).toEqual(["encoding"]);
  });

  it("turns animation off for readers who ask for reduced motion", () => {
    expect(buildChartConfig(buildChartModel("releases-by-round"), light, { reducedMotion: true }).options!.animation).toBe(false);
  });
});
