import { describe, expect, it } from "vitest";
import { encodeChart } from "@/components/charts/encoding";
import { buildComparison } from "@/data/compare";
import { buildGlanceChart } from "@/data/compare-chart";
import { BOUND_ONLY_NEAR_DECEMBER, makeDataset } from "../fixtures/dataset-factory";

describe("real dataset: buildGlanceChart", () => {
  const model = buildGlanceChart(buildComparison("2025-12", "2026-03"));

  it("puts both sides' released, held before and after, and destinations on one chart", () => {
    expect(model.categories).toEqual(["Released", "Held before", "Held after", "Ukraine", "Lithuania", "Belarus"]);
    expect(model.series.map((s) => s.label)).toEqual(["December 2025", "March 2026"]);
    expect(model.series.map((s) => s.data.map((d) => d.text))).toEqual([
      ["123", "1,197", "1,135", "114", "9", "none stated"],
      ["250", "1,140", "none stated", "none stated", "15", "235"],
    ]);
  });

  it("draws PISM's “more than 1,000” held after December 2025 as a lower bound, and every other value as a labelled bar", () => {
    const fixture = makeDataset({ held: BOUND_ONLY_NEAR_DECEMBER });
    const bounded = buildGlanceChart(buildComparison("2025-12", "2026-03", fixture), fixture);
    const encoding = encodeChart(bounded);
    expect(encoding.bars.filter((b) => b.lowerBound).map((b) => b.datum.text)).toEqual(["more than 1,000"]);
    const labelled = encoding.labels.map((l) => l.lines.join(" "));
    for (const bar of encoding.bars) expect(labelled).toContain(bar.datum.text);
    expect(encoding.legend.map((l) => l.label)).toEqual(["December 2025", "March 2026", "lower bound (more than)"]);
  });

  it("tabulates each row with its sources and cites every figure drawn", () => {
    expect(model.table.rows[0]).toEqual(["Released", "123 (PISM, 15 Dec 2025)", expect.stringContaining("250 (")]);
    expect(model.table.rows[5]![0]).toBe("Sent: Belarus (freed inside the country)");
    expect(model.sourceIds.length).toBeGreaterThan(1);
  });
});
