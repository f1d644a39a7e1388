import { describe, expect, it } from "vitest";
import { cumulativeReleases, heldAround, heldBeforeAfter, largestRound, sum2025Rounds, sumQualifier } from "@/data/derive";
import { headlines } from "@/data/headlines";

describe("derived figures", () => {
  it("adds up the five 2025 rounds to 193, with its formula", () => {
    const sum = sum2025Rounds();
    expect(sum.value).toBe(193);
    expect(sum.qualifier).toBe("exact");
    expect(sum.formula).toBe("3 + 1 + 14 + 52 + 123 = 193");
    expect(sum.inputs.map((f) => f.roundId)).toEqual(["2025-02", "2025-04", "2025-06", "2025-09", "2025-12"]);
  });

  it("keeps running totals in round order", () => {
    expect(cumulativeReleases().map((s) => s.total.value)).toEqual([3, 4, 18, 70, 193, 443]);
  });

  it("finds the largest round", () => {
    expect(largestRound().round.id).toBe("2026-03");
  });

  it.each([
    [["exact", "exact"], "exact"],
    [["exact", "more-than"], "more-than"],
    [["more-than", "at-least"], "at-least"],
    [["exact", "about", "more-than"], "about"],
  ] as const)("the qualifier of a sum of %o is %s", (qualifiers, expected) => expect(sumQualifier([...qualifiers])).toBe(expected));

  it("pairs a round with the nearest held count within 60 days", () => {
    expect(heldAround("2025-12-13")).toMatchObject({ figure: { id: "held-2025-12-pism" }, days: 2, relation: "after" });
    expect(heldAround("2026-03-19")).toMatchObject({ figure: { id: "held-2026-01-31" }, days: 47, relation: "before" });
    expect(heldAround("2025-06-21")).toBeUndefined();
  });

  it("finds held counts before and after a release", () => {
    const { before, after } = heldBeforeAfter("2025-12-13");
    expect(before?.id).toBe("held-2025-09-viasna");
    expect(after?.id).toBe("held-2025-12-pism");
    expect(heldBeforeAfter("2026-03-19").after).toBeUndefined();
  });
});

describe("headline cards", () => {
  it("show 123, 250, 194 and more than 1,000, each with a source and context", () => {
    const cards = headlines();
    expect(cards.map((c) => [c.figure.value, c.figure.qualifier])).toEqual([
      [123, "exact"],
      [250, "exact"],
      [194, "exact"],
      [1000, "more-than"],
    ]);
    expect(cards[1]!.context).toContain("15 of them were sent to Lithuania without documents");
    expect(cards[2]!.context).toContain("3 + 1 + 14 + 52 + 123 = 193");
    expect(cards[2]!.discrepancies.map((d) => d.id)).toContain("total-2025");
  });
});
