import { describe, expect, it } from "vitest";
import { cumulativeReleases, heldAround, heldBeforeAfter, largestRound, sum2025Rounds, sumQualifier } from "@/data/derive";
import { formatFigure } from "@/data/format-figure";
import { headlines } from "@/data/headlines";
import { MAX_FORMULA_TERMS } from "@/data/page-limits";
import { grownDataset } from "./grown-dataset";

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
    expect(cumulativeReleases().at(-1)!.total.formula).toBe("3 + 1 + 14 + 52 + 123 + 250 = 443");
  });

  it("lists every term of a running total up to 12 rounds, then adds each round to the previous total", () => {
    const big = grownDataset(100);
    const steps = cumulativeReleases(big);
    let sum = 0;
    for (const step of steps) expect(step.total.value).toBe((sum += step.released.value));
    expect(steps[MAX_FORMULA_TERMS - 1]!.total.formula.split(" + ")).toHaveLength(MAX_FORMULA_TERMS);
    const [before, at] = [steps[MAX_FORMULA_TERMS - 1]!, steps[MAX_FORMULA_TERMS]!];
    expect(at.total.formula).toBe(
      `${formatFigure(before.total)} (the total up to ${before.round.label}) + ${formatFigure(at.released)} = ${formatFigure(at.total)}`,
    );
    expect(Math.max(...steps.map((s) => s.total.formula.length))).toBeLessThan(120);
    expect(steps.at(-1)!.total.inputs).toHaveLength(600);
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
    expect(heldAround("2025-12-13")).toMatchObject({ figure: { id: "held-2025-12-23" }, days: 10, relation: "after" });
    expect(heldAround("2026-03-19")).toMatchObject({ figure: { id: "held-2026-03-05-ap" }, days: 14, relation: "before" });
    expect(heldAround("2025-09-11")).toEqual({
      figure: expect.objectContaining({ id: "held-2025-09-viasna" }),
      relation: "dated by month only",
    });
    expect(heldAround("2025-06-21")).toBeUndefined();
  });

  it("finds held counts before and after a release", () => {
    const { before, after } = heldBeforeAfter("2025-12-13");
    expect(before?.id).toBe("held-2025-09-viasna");
    expect(after?.id).toBe("held-2025-12-23");
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
