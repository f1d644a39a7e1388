import { describe, expect, it } from "vitest";
import {
  AGGREGATE_2025,
  buildComparison,
  compareDays,
  compareDifference,
  compareRatio,
  compareSideIds,
  isCompareSideId,
  type CompareRowId,
  type Comparison,
} from "@/data/compare";
import { validateDataset } from "@/data/dataset";
import { DEFAULT_ROUNDS, editable, entryOf, FIXTURE_SOURCE, makeRawDataset, YEAR_TOTAL_ID } from "../fixtures/dataset-factory";

/** The fixture's six rounds, with a part freed inside the country, an envoy and three disagreements to collect. */
const fixture = (() => {
  const rounds = DEFAULT_ROUNDS.map((r) =>
    r.id === "2026-03" ? { ...r, destinations: { Lithuania: 15, "Belarus (freed inside the country)": 235 } } : r,
  );
  const disagreement = (id: string, figures: string[], derived: "sum-2025-rounds"[] = []) => ({
    id,
    title: `Disagreement ${id}`,
    summary: "Sources disagree.",
    rounds: [],
    figures,
    derived,
    evidence: [],
  });
  const files = editable(
    makeRawDataset({
      rounds,
      discrepancies: [
        disagreement("count-2025-12", ["released-2025-12"]),
        disagreement("count-2026-03", ["released-2026-03"]),
        disagreement("total-2025", [YEAR_TOTAL_ID], ["sum-2025-rounds"]),
      ],
    }),
  );
  (entryOf(files, "rounds", "2025-02").envoys as unknown[]).push({
    name: "Christopher W. Smith",
    role: "US Deputy Assistant Secretary of State",
    evidence: [{ sourceId: FIXTURE_SOURCE, quote: "Christopher W. Smith visited Minsk." }],
  });
  return validateDataset(files);
})();

const exact = (value: number) => ({ value, qualifier: "exact" as const });
const moreThan = (value: number) => ({ value, qualifier: "more-than" as const });
const atLeast = (value: number) => ({ value, qualifier: "at-least" as const });
const about = (value: number) => ({ value, qualifier: "about" as const });

function cellTexts(c: Comparison, row: CompareRowId, side: 0 | 1): string[] {
  return c.rows.find((r) => r.id === row)!.cells[side].items.map((i) => i.text);
}

describe("compareDifference", () => {
  it("subtracts the smaller from the larger, whichever side it is on", () => {
    for (const [x, y] of [
      [exact(123), exact(250)],
      [exact(250), exact(123)],
    ] as const) {
      const d = compareDifference(x, y);
      expect(d).toMatchObject({ shown: true, value: 127, qualifier: "exact", text: "127", formula: "250 − 123 = 127" });
    }
  });

  it("keeps a lower bound on the larger side: the gap is at least that", () => {
    expect(compareDifference(moreThan(1000), exact(250))).toMatchObject({ shown: true, text: "more than 750" });
    expect(compareDifference(exact(250), atLeast(1265))).toMatchObject({ shown: true, text: "at least 1,015" });
  });

  it("shows no gap when the smaller side is a lower bound (it could shrink or reverse)", () => {
    const d = compareDifference(moreThan(100), exact(250));
    expect(d.shown).toBe(false);
    expect(!d.shown && d.reason).toContain("more than 100 is a lower bound");
  });

  it("makes the gap approximate when a side is approximate, and refuses to mix approximate with a lower bound", () => {
    expect(compareDifference(about(1150), exact(1000))).toMatchObject({ shown: true, text: "about 150" });
    expect(compareDifference(moreThan(1100), about(1000)).shown).toBe(false);
  });

  it("treats a tie with a lower bound as the bound being larger", () => {
    expect(compareDifference(exact(1000), moreThan(1000))).toMatchObject({ shown: true, value: 0, text: "more than 0" });
  });
});

describe("compareRatio", () => {
  it("rounds to one decimal, says about when rounding changed it, and writes a whole multiple as a word", () => {
    expect(compareRatio(exact(123), exact(250))).toMatchObject({ shown: true, value: 2, qualifier: "about", text: "about twice" });
    expect(compareRatio(exact(52), exact(14))).toMatchObject({ text: "about 3.7 times" });
  });

  it("is exact only when the ratio is exactly that decimal", () => {
    expect(compareRatio(exact(52), exact(13))).toMatchObject({ qualifier: "exact", text: "four times" });
    expect(compareRatio(exact(35), exact(10))).toMatchObject({ qualifier: "exact", text: "3.5 times" });
    expect(compareRatio(exact(70), exact(10))).toMatchObject({ qualifier: "exact", text: "7 times" });
  });

  it("rounds a lower bound down so that 'at least' stays true", () => {
    expect(compareRatio(atLeast(299), exact(100))).toMatchObject({ value: 2.9, text: "at least 2.9 times" });
    expect(compareRatio(moreThan(1000), exact(250))).toMatchObject({ text: "more than four times" });
  });

  it("shows no ratio to zero or to a lower bound", () => {
    expect(compareRatio(exact(0), exact(3))).toMatchObject({ shown: false, reason: "One side is zero, so a ratio means nothing." });
    expect(compareRatio(moreThan(1000), exact(1265)).shown).toBe(false);
    expect(compareRatio(moreThan(1100), about(1000)).shown).toBe(false);
  });

  it("makes the ratio approximate when a side is approximate", () => {
    expect(compareRatio(about(1200), exact(600))).toMatchObject({ qualifier: "about", text: "about twice" });
  });
});

describe("compareDays", () => {
  it("counts days between two dated releases", () => {
    expect(compareDays("2025-06-21", "2025-09-11")).toMatchObject({ shown: true, value: 82, text: "82" + " days" });
    expect(compareDays("2025-09-11", "2025-06-21")).toMatchObject({ value: 82 });
  });

  it("says about when a date is known only to the month", () => {
    expect(compareDays("2025-12-13", "2026-03")).toMatchObject({ qualifier: "about", text: "about 92 days" });
  });

  it("has no days for an aggregate", () => {
    expect(compareDays("2025-12-13", undefined).shown).toBe(false);
  });
});

describe("buildComparison on the fixture dataset", () => {
  it("compares December 2025 with March 2026: 123, 250, 127 more, about twice", () => {
    const c = buildComparison("2025-12", "2026-03", fixture);
    expect(c.summary).toBe(
      "In the March 2026 round, 127 more people were released than in the December 2025 round: 250 against 123, about twice as many.",
    );
    expect(cellTexts(c, "released", 0)).toEqual(["123"]);
    expect(cellTexts(c, "released", 1)).toEqual(["250"]);
    expect(c.days).toMatchObject({ shown: true, value: 90, qualifier: "exact", text: "90 days" });
    expect(c.chart.series[0]!.data.map((d) => d.y)).toEqual([123, 250]);
  });

  it("lists the destinations of both rounds and stacks them", () => {
    const c = buildComparison("2025-12", "2026-03", fixture);
    expect(cellTexts(c, "destinations", 0)).toEqual(expect.arrayContaining(["Ukraine: 114", "Lithuania: 9"]));
    expect(cellTexts(c, "destinations", 1)).toEqual(expect.arrayContaining(["Lithuania: 15", "Belarus (freed inside the country): 235"]));
    const chart = c.destinationsChart;
    expect(chart.spec.stacked).toBe(true);
    const bySeries = Object.fromEntries(chart.series.map((s) => [s.label, s.data.map((d) => d.y)]));
    expect(bySeries).toEqual({
      Ukraine: [114, null],
      Lithuania: [9, 15],
      "Belarus (freed inside the country)": [null, 235],
      "Not broken down by destination": [null, null],
    });
  });

  it("draws what no source breaks down as a computed remainder", () => {
    const c = buildComparison("2025-09", "2025-12", fixture);
    const rest = c.destinationsChart.series.at(-1)!;
    expect(rest.data[0]).toMatchObject({ y: 52, qualifier: "derived" });
    expect(rest.data[0]!.detail).toContain("52 released − 0 with a stated destination = 52");
  });

  it("states held counts before and after each round with their dates", () => {
    const c = buildComparison("2025-12", "2026-03", fixture);
    expect(cellTexts(c, "held", 0)).toEqual([
      "Before the release: 1,197 on 1 September 2025",
      "After the release: more than 1,000 on 15 December 2025",
    ]);
  });

  it("compares June and September 2025: 14, 52, 38 more", () => {
    const c = buildComparison("2025-06", "2025-09", fixture);
    expect(c.difference).toMatchObject({ shown: true, text: "38" });
    expect(c.ratio).toMatchObject({ text: "about 3.7 times" });
  });

  it("compares a round with all of 2025 as PISM states it, labelled as an aggregate", () => {
    const c = buildComparison("2026-03", AGGREGATE_2025, fixture);
    expect(c.b.kind).toBe("aggregate");
    expect(c.b.label).toBe("All of 2025 (aggregate)");
    expect(c.b.released.id).toBe("released-2025-total-pism");
    expect(c.summary).toBe(
      "In the March 2026 round, 56 more people were released than in all of 2025 (PISM's count for the year): 250 against 194, about 1.3 times as many.",
    );
    expect(c.days.shown).toBe(false);
    expect(c.overlap).toBe("The March 2026 round falls outside 2025, so the two sides do not overlap.");
    expect(cellTexts(c, "envoys", 1)[0]).toMatch(/^February 2025: Christopher W. Smith/);
    expect(c.discrepancies.map((d) => d.id)).toContain("total-2025");
  });

  it("notes the overlap when a 2025 round is compared with all of 2025", () => {
    expect(buildComparison(AGGREGATE_2025, "2025-12", fixture).overlap).toBe(
      "The December 2025 round is one of those counted in PISM's total for 2025, so the two sides overlap.",
    );
  });

  it("cites every item in every cell of every pair", () => {
    const ids = compareSideIds(fixture);
    for (const a of ids)
      for (const b of ids) {
        if (a === b) continue;
        const c = buildComparison(a, b, fixture);
        for (const row of c.rows)
          for (const cell of row.cells) {
            for (const item of cell.items) expect(item.evidence.length, `${a}/${b} ${row.id}: ${item.text}`).toBeGreaterThan(0);
            if (cell.items.length === 0) expect(cell.empty, `${a}/${b} ${row.id}`).toBeTruthy();
          }
      }
  });

  it("collects discrepancies touching either side once", () => {
    const ids = buildComparison("2025-12", "2026-03", fixture).discrepancies.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(["count-2025-12", "count-2026-03"]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("refuses the same side twice and knows its ids", () => {
    expect(() => buildComparison("2025-12", "2025-12", fixture)).toThrow(/itself/);
    expect(compareSideIds(fixture)).toEqual([...fixture.rounds.map((r) => r.id), "2025"]);
    expect(isCompareSideId("2025", fixture)).toBe(true);
    expect(isCompareSideId("2024", fixture)).toBe(false);
  });
});
