import { describe, expect, it } from "vitest";
import { buildChartModel } from "@/data/chart-data";
import { chartIds } from "@/data/chart-specs";
import { dataset } from "@/data/dataset";
import { formatFigure } from "@/data/format-figure";
import { releasedIn } from "@/data/queries";

describe("chart models", () => {
  it.each(chartIds)("%s has a takeaway, a text alternative, sources and a table", (id) => {
    const model = buildChartModel(id);
    expect(model.takeaway.length).toBeGreaterThan(20);
    expect(model.textAlternative).toMatch(/chart/i);
    expect(model.sourceIds.length).toBeGreaterThan(0);
    expect(model.table.rows.length).toBeGreaterThan(0);
    for (const row of model.table.rows) expect(row).toHaveLength(model.table.columns.length);
  });

  it("releases-by-round draws every round's shown figure", () => {
    const model = buildChartModel("releases-by-round");
    expect(model.series[0]!.data.map((d) => d.y)).toEqual([3, 1, 14, 52, 123, 250]);
    expect(model.table.rows.map((r) => r[2])).toEqual(dataset.rounds.map((r) => formatFigure(releasedIn(r.id))));
    expect(model.takeaway).toBe("March 2026 brought the largest release of a single round, 250; the 6 rounds add up to 443.");
  });

  it("cumulative-releases shows PISM's 194 beside the 193 the 2025 rounds add up to", () => {
    const model = buildChartModel("cumulative-releases");
    expect(model.series[0]!.data.map((d) => d.y)).toEqual([3, 4, 18, 70, 193, 443]);
    expect(model.series[0]!.data.every((d) => d.qualifier === "derived")).toBe(true);
    expect(model.series[1]!.data.map((d) => d.y)).toEqual([null, null, null, null, 194, null]);
    expect(model.takeaway).toContain("193, 1 fewer than PISM's stated total of 194");
  });

  it("held-over-time keeps PISM's lower bound a lower bound, and marks every round", () => {
    const model = buildChartModel("held-over-time");
    const pism = model.series[0]!.data.find((d) => d.qualifier === "more-than");
    expect(pism?.text).toBe("more than 1,000");
    expect(model.table.rows.map((r) => r[1])).toContain("more than 1,000");
    expect(model.table.rows.map((r) => r[1])).not.toContain("1,000");
    expect(model.markers).toHaveLength(dataset.rounds.length);
  });

  it("released-vs-held leaves a gap where no count is dated near the round", () => {
    const model = buildChartModel("released-vs-held");
    expect(model.series[1]!.data.map((d) => d.y)).toEqual([1244, null, null, 1197, 1000, 1158]);
    expect(model.table.rows[1]![2]).toBe("no dated count within 60 days");
    expect(model.table.rows[4]![2]).toContain("more than 1,000");
  });
});
