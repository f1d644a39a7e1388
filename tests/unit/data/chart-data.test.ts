import { describe, expect, it } from "vitest";
import { buildChartModel } from "@/data/chart-data";
import { chartIds } from "@/data/chart-specs";
import { formatFigure } from "@/data/format-figure";
import { DASHBOARD_LATEST_ROUNDS } from "@/data/page-limits";
import { releasedIn } from "@/data/queries";
import { makeDataset } from "../fixtures/dataset-factory";
import { grownDataset } from "./grown-dataset";

/** Six rounds shaped like the real ones, with the fixture's own numbers (tests/unit/fixtures/dataset-factory.ts). */
const fixture = makeDataset();

describe("chart models", () => {
  it.each(chartIds)("%s has a takeaway, a text alternative, sources and a table", (id) => {
    const model = buildChartModel(id, fixture);
    expect(model.takeaway.length).toBeGreaterThan(20);
    expect(model.textAlternative).toMatch(/chart/i);
    expect(model.sourceIds.length).toBeGreaterThan(0);
    expect(model.spec.caption).not.toMatch(/[{}]/);
    expect(model.table.rows.length).toBeGreaterThan(0);
    for (const row of model.table.rows) expect(row).toHaveLength(model.table.columns.length);
  });

  it("releases-by-round draws every round's shown figure", () => {
    const model = buildChartModel("releases-by-round", fixture);
    expect(model.series[0]!.data.map((d) => d.y)).toEqual([3, 1, 14, 52, 123, 250]);
    expect(model.table.rows.map((r) => r[2])).toEqual(fixture.rounds.map((r) => formatFigure(releasedIn(r.id, fixture))));
    expect(model.takeaway).toBe("March 2026 brought the largest release of a single round, 250; the 6 rounds add up to 443.");
    expect(model.spec.caption).toBe(
      "One bar per round, February 2025 to March 2026, with the number the cited source states for that round.",
    );
    expect(buildChartModel("releases-by-round", grownDataset(100), { latestRounds: 12 }).spec.caption).toMatch(
      /^One bar per round, Synthetic round 583 \(\w+ \d{4}\) to Synthetic round 594 \(\w+ \d{4}\),/,
    );
  });

  it("cumulative-releases shows PISM's 194 beside the 193 the 2025 rounds add up to", () => {
    const model = buildChartModel("cumulative-releases", fixture);
    expect(model.series[0]!.data.map((d) => d.y)).toEqual([3, 4, 18, 70, 193, 443]);
    expect(model.series[0]!.data.every((d) => d.qualifier === "derived")).toBe(true);
    expect(model.series[1]!.data.map((d) => d.y)).toEqual([null, null, null, null, 194, null]);
    expect(model.takeaway).toContain("193, 1 fewer than PISM's stated total of 194");
  });

  it("held-over-time keeps PISM's lower bound a lower bound, and marks every round", () => {
    const model = buildChartModel("held-over-time", fixture);
    const pism = model.series[0]!.data.find((d) => d.qualifier === "more-than");
    expect(pism?.text).toBe("more than 1,000");
    expect(model.table.rows.map((r) => r[1])).toContain("more than 1,000");
    expect(model.table.rows.map((r) => r[1])).not.toContain("1,000");
    expect(model.markers).toHaveLength(fixture.rounds.length);
  });
});

describe("chart models of the latest rounds (the dashboard's view)", () => {
  const big = grownDataset(100);
  const latestRounds = DASHBOARD_LATEST_ROUNDS;

  it.each(chartIds)("%s is the whole chart while 6 rounds fit", (id) => {
    expect(buildChartModel(id, fixture, { latestRounds })).toEqual(buildChartModel(id, fixture));
  });

  it.each(chartIds)("%s with 600 rounds draws the latest 12 and says so, its takeaway still about all 600", (id) => {
    const full = buildChartModel(id, big);
    const model = buildChartModel(id, big, { latestRounds });
    expect(full.roundWindow).toBeUndefined();
    expect(model.roundWindow).toEqual({ shown: 12, of: 600 });
    expect(model.takeaway).toBe(full.takeaway);
    expect(model.table.rows.length).toBeLessThanOrEqual(14);
    for (const s of model.series) expect(s.data.length).toBeLessThanOrEqual(14);
    expect(model.textAlternative.length).toBeLessThan(full.textAlternative.length / 20);
  });

  it("releases-by-round shows the latest 12 rounds' figures in order", () => {
    const model = buildChartModel("releases-by-round", big, { latestRounds });
    const last12 = big.rounds.slice(-12);
    expect(model.categories).toEqual(last12.map((r) => r.label));
    expect(model.series[0]!.data.map((d) => d.y)).toEqual(last12.map((r) => releasedIn(r.id, big).value));
    expect(model.takeaway).toContain("the 600 rounds add up to");
  });

  it("cumulative-releases keeps the running totals of all rounds and drops PISM's 2025 line when 2025 is not shown", () => {
    const full = buildChartModel("cumulative-releases", big);
    const model = buildChartModel("cumulative-releases", big, { latestRounds });
    expect(model.series.map((s) => s.id)).toEqual(["running-total"]);
    expect(model.series[0]!.data.map((d) => d.y)).toEqual(full.series[0]!.data.slice(-12).map((d) => d.y));
    expect(model.notes).toEqual(full.notes);
  });

  it("held-over-time marks the latest 12 rounds and draws the counts from just before the first of them", () => {
    const model = buildChartModel("held-over-time", big, { latestRounds });
    expect(model.markers.map((m) => m.label)).toEqual(big.rounds.slice(-12).map((r) => r.label));
    const xs = model.series[0]!.data.map((d) => Number(d.x));
    expect(xs.filter((x) => x < model.markers[0]!.x)).toHaveLength(1);
    expect(xs).toHaveLength(12);
  });
});
