import { describe, expect, it } from "vitest";
import { layoutChart, MAX_CATEGORY_LABELS, monthTicks, niceTicks } from "@/components/charts/svg-geometry";
import { buildChartModel, type ChartModel } from "@/data/chart-data";
import { makeDataset } from "../fixtures/dataset-factory";

/** Six rounds shaped like the real ones, with the fixture's own numbers (tests/unit/fixtures). */
const fixture = makeDataset();

describe("niceTicks", () => {
  it.each([
    [250, [0, 50, 100, 150, 200, 250]],
    [1265, [0, 500, 1000, 1500]],
    [443, [0, 100, 200, 300, 400, 500]],
    [7, [0, 2, 4, 6, 8]],
  ])("splits 0..%d into steps of 1, 2, 2.5 or 5 × 10ⁿ", (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });

  it("always reaches the largest value and starts at zero", () => {
    for (const max of [0.3, 1, 3, 99, 101, 12_345, 987_654]) {
      const ticks = niceTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
      const step = ticks[1]! - ticks[0]!;
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 2.5, 5]).toContain(Number(mantissa.toPrecision(3)));
    }
  });

  it("gives an empty chart one unit of height", () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe("monthTicks", () => {
  it("puts at most six first-of-month ticks inside the range", () => {
    const ticks = monthTicks(Date.UTC(2024, 11, 10), Date.UTC(2026, 1, 20));
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks.map((t) => new Date(t).toISOString().slice(0, 10))).toEqual([
      "2025-01-01",
      "2025-04-01",
      "2025-07-01",
      "2025-10-01",
      "2026-01-01",
    ]);
  });
});

describe("layoutChart", () => {
  it("draws bars whose heights are proportional to the values", () => {
    const geometry = layoutChart(buildChartModel("releases-by-round", fixture));
    const heights = geometry.bars.map((b) => b.height);
    const values = [3, 1, 14, 52, 123, 250];
    expect(geometry.bars.map((b) => b.datum.y)).toEqual(values);
    heights.forEach((h, i) => expect(h / heights[5]!).toBeCloseTo(values[i]! / 250, 9));
    expect(heights[5]).toBe(100);
    geometry.bars.forEach((b) => expect(b.y + b.height).toBeCloseTo(100, 9));
  });

  it("labels the y axis with the one number formatter", () => {
    const geometry = layoutChart(buildChartModel("released-vs-held", fixture));
    expect(geometry.yTicks.map((t) => t.label)).toEqual(["0", "250", "500", "750", "1,000", "1,250"]);
    expect(geometry.yTicks[0]!.at).toBe(100);
    expect(geometry.yTicks.at(-1)!.at).toBe(0);
  });

  it("groups several bar series side by side inside each round", () => {
    const geometry = layoutChart(buildChartModel("released-vs-held", fixture));
    const december = geometry.bars.filter((b) => b.datum.x === "December 2025");
    expect(december).toHaveLength(2);
    const [released, held] = december;
    expect(released!.x + released!.width).toBeCloseTo(held!.x, 9);
    expect(held!.lowerBound).toBe(true);
    expect(held!.datum.text).toBe("more than 1,000");
  });

  it("leaves a gap where a value is missing", () => {
    const model = buildChartModel("released-vs-held", fixture);
    const geometry = layoutChart(model);
    const missing = model.series[1]!.data.filter((d) => d.y === null).length;
    expect(missing).toBeGreaterThan(0);
    expect(geometry.bars.filter((b) => b.seriesIndex === 1)).toHaveLength(model.series[1]!.data.length - missing);
  });

  it("breaks a line at a missing value instead of joining across it", () => {
    const base = buildChartModel("cumulative-releases", fixture);
    const series = { ...base.series[0]!, data: base.series[0]!.data.map((d, i) => (i === 2 ? { ...d, y: null } : d)) };
    const model: ChartModel = { ...base, series: [series] };
    const [trace] = layoutChart(model).lines;
    expect(trace!.points).toHaveLength(5);
    expect(trace!.segments).toHaveLength(3);
    const xs = trace!.points.map((p) => p.x);
    expect(trace!.segments.some((s) => s.x1 === xs[1] && s.x2 === xs[2])).toBe(false);
  });

  it("draws a lower bound as a triangle with dashed segments to its neighbours", () => {
    const [trace] = layoutChart(buildChartModel("held-over-time", fixture)).lines;
    const bound = trace!.points.find((p) => p.lowerBound)!;
    expect(bound.shape).toBe("triangle");
    expect(bound.datum.text).toBe("more than 1,000");
    const touching = trace!.segments.filter((s) => s.x1 === bound.x || s.x2 === bound.x);
    expect(touching).toHaveLength(2);
    touching.forEach((s) => expect(s.dashed).toBe(true));
    expect(trace!.segments.filter((s) => s.dashed)).toHaveLength(2);
  });

  it("places time points and round markers in date order on the time axis", () => {
    const model = buildChartModel("held-over-time", fixture);
    const geometry = layoutChart(model);
    const xs = geometry.lines[0]!.points.map((p) => p.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(geometry.markers.map((m) => m.label)).toEqual(model.markers.map((m) => m.label));
    geometry.markers.forEach((m) => expect(m.at).toBeGreaterThan(0));
    geometry.markers.forEach((m) => expect(m.at).toBeLessThan(100));
    expect(geometry.xTicks.every((t) => /^[A-Z][a-z]{2} \d{4}$/.test(t.label))).toBe(true);
  });

  it("labels every round while they fit, and every n-th round once there are too many to fit", () => {
    const base = buildChartModel("releases-by-round", fixture);
    expect(layoutChart(base).xTicks.map((t) => t.label)).toEqual(base.categories);
    const categories = Array.from({ length: 60 }, (_, i) => `Round ${i + 1}`);
    const series = [{ ...base.series[0]!, data: categories.map((x, i) => ({ ...base.series[0]!.data[0]!, x, y: i })) }];
    const ticks = layoutChart({ ...base, categories, series }).xTicks;
    expect(ticks.length).toBeLessThanOrEqual(MAX_CATEGORY_LABELS);
    expect(ticks[0]!.label).toBe("Round 1");
    expect(ticks[1]!.label).toBe("Round 9");
  });

  it("gives a series with a single value a lone marker and no line", () => {
    const lone = layoutChart(buildChartModel("cumulative-releases", fixture)).lines[1]!;
    expect(lone.lone).toBe(true);
    expect(lone.points).toHaveLength(1);
    expect(lone.segments).toHaveLength(0);
  });
});
