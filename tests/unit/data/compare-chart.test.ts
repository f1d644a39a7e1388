import { describe, expect, it } from "vitest";
import { buildComparisonChartModel, comparisonPairs, isComparisonPair } from "@/data/compare-chart";
import { dataset } from "@/data/dataset";
import { releasedIn } from "@/data/queries";

describe("comparison chart model", () => {
  it("draws each round's shown release figure and states the difference", () => {
    const model = buildComparisonChartModel("2025-09", "2025-12");
    expect(model.series[0]!.data.map((d) => d.y)).toEqual([releasedIn("2025-09").value, releasedIn("2025-12").value]);
    expect(model.takeaway).toBe("September 2025: 52; December 2025: 123. December 2025 released 71 more than September 2025.");
    expect(model.sourceIds).toEqual([...new Set([releasedIn("2025-09").sourceId, releasedIn("2025-12").sourceId])]);
  });

  it("says fewer when the second round released fewer", () => {
    expect(buildComparisonChartModel("2026-03", "2025-02").takeaway).toContain("February 2025 released 247 fewer than March 2026.");
  });

  it("has a pair for every ordered couple of different rounds, and rejects the rest", () => {
    const n = dataset.rounds.length;
    expect(comparisonPairs()).toHaveLength(n * (n - 1));
    expect(isComparisonPair("2025-09", "2025-09")).toBe(false);
    expect(isComparisonPair("2025-09", "1999-01")).toBe(false);
  });
});
