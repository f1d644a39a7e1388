// @vitest-environment jsdom
import { render } from "@testing-library/react";
import type { Chart, Plugin } from "chart.js";
import { describe, expect, it } from "vitest";
import { buildChartConfig } from "@/components/charts/chart-config";
import { ChartSvg } from "@/components/charts/chart-svg";
import {
  annotationRows,
  encodeChart,
  labelBox,
  MAX_CATEGORY_LABELS,
  monthTicks,
  niceTicks,
  overlaps,
  REFERENCE_PLOT,
  textWidth,
  type ChartEncoding,
} from "@/components/charts/encoding";
import { palette } from "@/components/palette";
import { buildChartModel, type ChartDatum, type ChartModel } from "@/data/chart-data";
import { chartIds } from "@/data/chart-specs";
import { buildComparison } from "@/data/compare";
import { buildGlanceChart } from "@/data/compare-chart";
import { BOUND_ONLY_NEAR_DECEMBER, makeDataset } from "../fixtures/dataset-factory";

const light = palette.light;

/** Every chart the site draws: the four dashboard charts and a comparison's charts. */
function everyChart(): [string, ChartModel][] {
  const comparison = buildComparison("2025-12", "2026-03");
  const aggregate = buildComparison("2025", "2026-03");
  return [
    ...chartIds.map((id) => [id, buildChartModel(id)] as [string, ChartModel]),
    ...[
      comparison.chart,
      comparison.destinationsChart,
      buildGlanceChart(comparison),
      aggregate.chart,
      aggregate.destinationsChart,
      buildGlanceChart(aggregate),
    ].map((m, i) => [`${m.spec.id} #${i}`, m] as [string, ChartModel]),
  ];
}

/** A small fixture: one line of dated values with the given qualifiers. */
function lineModel(values: { y: number; qualifier: ChartDatum["qualifier"] }[]): ChartModel {
  const day = 86_400_000;
  return {
    spec: { id: "fixture", title: "Fixture", kind: "line", unit: "people", xAxis: "time", caption: "" },
    takeaway: "",
    categories: [],
    series: [
      {
        id: "s",
        label: "Held",
        tone: "held",
        type: "line",
        data: values.map((v, i) => ({
          x: Date.UTC(2025, 0, 1) + i * 30 * day,
          y: v.y,
          text: String(v.y),
          qualifier: v.qualifier,
          detail: "",
          sources: [],
        })),
      },
    ],
    markers: [],
    table: { columns: [], rows: [] },
    sourceIds: [],
    notes: [],
    textAlternative: "fixture",
  };
}

/** What chart.js's axes end up with once our afterBuildTicks and callbacks have run. */
function chartJsAxis(config: ReturnType<typeof buildChartConfig>, id: "x" | "y") {
  const scale = config.options!.scales![id] as unknown as {
    min?: number;
    max?: number;
    afterBuildTicks: (axis: { ticks: { value: number }[] }) => void;
    ticks: { callback: (value: number, index: number) => string | string[] };
  };
  const axis = { ticks: [] as { value: number }[] };
  scale.afterBuildTicks(axis);
  return {
    min: scale.min,
    max: scale.max,
    values: axis.ticks.map((t) => t.value),
    labels: axis.ticks.map((t, i) => [scale.ticks.callback(t.value, i)].flat().filter(Boolean)),
  };
}

/** Runs our chart.js plugin on a recording canvas and returns the texts it writes. */
function canvasTexts(config: ReturnType<typeof buildChartConfig>): string[] {
  const texts: string[] = [];
  const noop = () => {};
  const ctx = new Proxy(
    { fillText: (t: string) => texts.push(t), createLinearGradient: () => ({ addColorStop: noop }), measureText: () => ({ width: 10 }) },
    { get: (target, key) => (key in target ? target[key as keyof typeof target] : noop), set: () => true },
  );
  const chart = { ctx, chartArea: { left: 52, top: 40, width: 300, height: 200, right: 352, bottom: 240 } } as unknown as Chart;
  for (const plugin of config.plugins as Plugin<"bar" | "line">[]) {
    (plugin.beforeDatasetsDraw as (c: Chart) => void | undefined)?.(chart);
    (plugin.afterDatasetsDraw as (c: Chart) => void | undefined)?.(chart);
  }
  return texts;
}

function svgTexts(model: ChartModel) {
  const { container, unmount } = render(<ChartSvg model={model} />);
  const labels = [...container.querySelectorAll("[data-label], [data-legend] text")].map((t) =>
    t.querySelectorAll("tspan").length ? [...t.querySelectorAll("tspan")].map((s) => s.textContent) : [t.textContent],
  );
  const x = [...container.querySelectorAll('[data-tick="x"]')].map((t) => [...t.querySelectorAll("tspan")].map((s) => s.textContent));
  const y = [...container.querySelectorAll('[data-tick="y"] text')].map((t) => t.textContent);
  const points = container.querySelectorAll("[data-point-shape]").length;
  const bars = container.querySelectorAll("[data-bar]").length;
  unmount();
  return { labels, x, y, points, bars };
}

describe("niceTicks and monthTicks", () => {
  it.each([
    [250, [0, 50, 100, 150, 200, 250]],
    [1265, [0, 500, 1000, 1500]],
    [7, [0, 2, 4, 6, 8]],
    [0, [0, 1]],
  ])("splits 0..%d into steps of 1, 2, 2.5 or 5 × 10ⁿ", (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });

  it("puts at most six first-of-month ticks inside the range", () => {
    const ticks = monthTicks(Date.UTC(2024, 11, 10), Date.UTC(2026, 1, 20));
    expect(ticks.map((t) => new Date(t).toISOString().slice(0, 10))).toEqual([
      "2025-01-01",
      "2025-04-01",
      "2025-07-01",
      "2025-10-01",
      "2026-01-01",
    ]);
  });
});

describe.each(everyChart())("both renderers draw the encoding of %s", (_name, model) => {
  const encoding = encodeChart(model);
  const config = buildChartConfig(model, light, { reducedMotion: true });
  const svg = svgTexts(model);

  it("with the same y range and y ticks", () => {
    const y = chartJsAxis(config, "y");
    expect(y.min).toBe(0);
    expect(y.max).toBe(encoding.y.max);
    expect(y.values).toEqual(encoding.y.ticks.map((t) => t.value));
    expect(y.labels.map((l) => l.join(" "))).toEqual(svg.y);
    expect(encoding.y.ticks.at(-1)!.value).toBe(encoding.y.max);
  });

  it("with the same x range and x tick labels", () => {
    const x = chartJsAxis(config, "x");
    if (encoding.x.type === "time") expect([x.min, x.max]).toEqual([encoding.x.min, encoding.x.max]);
    expect(x.values).toEqual(encoding.x.ticks.map((t) => t.value));
    expect(x.labels).toEqual(svg.x);
    expect(svg.x.length).toBeLessThanOrEqual(MAX_CATEGORY_LABELS);
  });

  it("with the same marks and labels", () => {
    expect(svg.bars).toBe(encoding.bars.length);
    expect(svg.points).toBe(encoding.points.length);
    const canvas = canvasTexts(config);
    const written = svg.labels.flat();
    expect(canvas.filter((t) => !written.includes(t))).toEqual([]);
    expect(written.filter((t) => !canvas.includes(t!))).toEqual([]);
    expect(config.options!.plugins!.legend!.display).toBe(false);
  });

  it("labels every bar with its value, as the formatter writes it", () => {
    const texts = encoding.labels.filter((l) => l.role === "value" || l.role === "bound").map((l) => l.lines.join(" "));
    for (const bar of encoding.bars) expect(texts).toContain(bar.datum.text);
  });

  it("places no two labels over each other, and every value label inside the plot, at 360 px", () => {
    const inPlot = encoding.labels.filter((l) => l.role !== "unit");
    const boxes = inPlot.map((l) => labelBox(l));
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
    for (const [i, label] of inPlot.entries()) {
      if (label.role === "direct" || label.role === "value") {
        expect(boxes[i]!.left).toBeGreaterThanOrEqual(0);
        expect(boxes[i]!.right).toBeLessThanOrEqual(REFERENCE_PLOT.width + 40);
      }
    }
  });

  it("never makes a lower bound a vertex of a line or a bar with a definite top", () => {
    for (const line of encoding.lines)
      for (const p of encoding.points.filter((q) => q.seriesIndex === line.seriesIndex && q.shape === "arrow-up"))
        expect(line.path).not.toContainEqual({ x: p.x, y: p.y });
    for (const bar of encoding.bars.filter((b) => b.lowerBound)) {
      expect(bar.color).toBe("lowerBound");
      const index = config.data.datasets[bar.seriesIndex]!.backgroundColor as string[];
      expect(index[bar.dataIndex]).toBe("rgba(0,0,0,0)");
    }
    for (const line of encoding.lines) expect(line.dash).toBeNull();
  });
});

describe("encodeChart", () => {
  it("draws the held counts' lower bound as an arrow up, off the line, labelled “more than 1,000”", () => {
    const encoding = encodeChart(buildChartModel("held-over-time", makeDataset({ held: BOUND_ONLY_NEAR_DECEMBER })));
    const bound = encoding.points.find((p) => p.shape === "arrow-up")!;
    expect(bound.datum.text).toBe("more than 1,000");
    expect(encoding.lines[0]!.path).toHaveLength(encoding.points.length - 1);
    const label = encoding.labels.find((l) => l.role === "bound")!;
    expect(label.lines).toEqual(["more than", "1,000"]);
  });

  it("marks an approximate value with its own shape and its words", () => {
    const encoding = encodeChart(
      lineModel([
        { y: 1200, qualifier: "exact" },
        { y: 1150, qualifier: "about" },
        { y: 1100, qualifier: "exact" },
      ]),
    );
    expect(encoding.points.map((p) => p.shape)).toEqual(["circle", "diamond", "circle"]);
    expect(encoding.lines[0]!.path).toHaveLength(3);
    expect(encoding.labels.map((l) => l.key)).toContain("point-0-1");
  });

  it("keeps a line's lower bound out of its path even at its ends", () => {
    const encoding = encodeChart(
      lineModel([
        { y: 1000, qualifier: "more-than" },
        { y: 1200, qualifier: "exact" },
        { y: 1100, qualifier: "exact" },
        { y: 900, qualifier: "at-least" },
      ]),
    );
    expect(encoding.lines[0]!.path).toHaveLength(2);
    expect(encoding.points.filter((p) => p.shape === "arrow-up")).toHaveLength(2);
  });

  it("stacks the parts of a whole in one slot, each on the one below", () => {
    const encoding = encodeChart(buildComparison("2025-12", "2026-03").destinationsChart);
    expect(encoding.stacked).toBe(true);
    expect(encoding.band.slots).toBe(1);
    const december = encoding.bars.filter((b) => b.dataIndex === 0);
    expect(december.map((b) => b.datum.y)).toEqual([114, 9]);
    expect(december[1]!.base).toBeCloseTo(december[0]!.top, 9);
    expect(new Set(december.map((b) => b.x)).size).toBe(1);
  });

  it("puts the running total on a time axis at the release dates, solid, with its last value and PISM's 194 beside the 193", () => {
    const encoding = encodeChart(buildChartModel("cumulative-releases", makeDataset()));
    expect(encoding.x.type).toBe("time");
    const xs = encoding.points.filter((p) => p.seriesIndex === 0).map((p) => p.x);
    // Uneven gaps: February to April 2025 is closer than September to December.
    expect(xs[1]! - xs[0]!).toBeLessThan(xs[4]! - xs[3]!);
    expect(encoding.lines[0]!.dash).toBeNull();
    const texts = encoding.labels.map((l) => l.lines.at(-1));
    expect(texts).toEqual(expect.arrayContaining(["443", "193", "194"]));
    const pism = encoding.points.find((p) => p.seriesIndex === 1)!;
    expect(pism.shape).toBe("ring");
    expect(pism.size).toBeGreaterThan(encoding.points[4]!.size);
    expect(encoding.legend).toEqual([]);
  });
});

describe("annotationRows at 360 px", () => {
  it("keeps round labels apart by moving a crowded one to the next row", () => {
    const labels = ["Feb 2025", "Apr 2025", "Jun 2025", "Sep 2025", "Dec 2025", "Mar 2026"];
    const xs = [10, 22, 34, 52, 70, 88];
    const rows = annotationRows(xs, labels);
    const boxes = xs.map((x, i) => {
      const w = textWidth(labels[i]!);
      const px = (x / 100) * REFERENCE_PLOT.width;
      return { left: px - w / 2, right: px + w / 2, top: rows[i]!, bottom: rows[i]! + 0.5 };
    });
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
    expect(Math.max(...rows)).toBeGreaterThan(0);
  });

  it("puts far-apart labels on one row", () => {
    expect(annotationRows([5, 50, 95], ["Feb 2025", "Sep 2025", "Mar 2026"])).toEqual([0, 0, 0]);
  });

  it("keeps the labels of the held-over-time chart's rounds clear of each other and above the plot", () => {
    const encoding: ChartEncoding = encodeChart(buildChartModel("held-over-time"));
    const labels = encoding.annotations.map((a) => a.label);
    expect(labels.length).toBeGreaterThan(0);
    const boxes = labels.map((l) => labelBox(l));
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
    for (const box of boxes) {
      expect(box.bottom).toBeLessThanOrEqual(0);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(REFERENCE_PLOT.width);
      expect(box.top).toBeGreaterThan(-encoding.margin.top);
    }
  });
});

describe("a crowded category axis at 360 px", () => {
  it("moves every other label down two lines, and chart.js gets the same labels moved the same way", () => {
    const model = buildGlanceChart(buildComparison("2025-12", "2026-03"));
    const encoding = encodeChart(model);
    expect(encoding.x.ticks.map((t) => t.row)).toEqual([0, 1, 0, 1, 0, 1]);
    expect(encoding.margin.bottom).toBe(58);
    const x = chartJsAxis(buildChartConfig(model, light, { reducedMotion: true }), "x");
    expect(x.labels[1]).toEqual(["Held", "before"]);
    const scale = buildChartConfig(model, light, { reducedMotion: true }).options!.scales!.x as unknown as {
      ticks: { callback: (v: number, i: number) => string[] };
    };
    expect(scale.ticks.callback(1, 1)).toEqual(["", "", "Held", "before"]);
    expect(encodeChart(buildChartModel("releases-by-round")).x.ticks.every((t) => t.row === 0)).toBe(true);
  });
});
