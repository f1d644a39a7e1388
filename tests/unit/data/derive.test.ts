import { describe, expect, it } from "vitest";
import { cumulativeReleases, heldAround, heldBeforeAfter, largestRound, sum2025Rounds, sumQualifier } from "@/data/derive";
import { formatFigure } from "@/data/format-figure";
import { headlines } from "@/data/headlines";
import { MAX_FORMULA_TERMS } from "@/data/page-limits";
import { makeDataset } from "../fixtures/dataset-factory";
import { grownDataset } from "./grown-dataset";

const fixture = makeDataset();

describe("derived figures", () => {
  it("adds up the five 2025 rounds to 193, with its formula", () => {
    const sum = sum2025Rounds(fixture);
    expect(sum.value).toBe(193);
    expect(sum.qualifier).toBe("exact");
    expect(sum.formula).toBe("3 + 1 + 14 + 52 + 123 = 193");
    expect(sum.inputs.map((f) => f.roundId)).toEqual(["2025-02", "2025-04", "2025-06", "2025-09", "2025-12"]);
  });

  it("keeps running totals in round order", () => {
    expect(cumulativeReleases(fixture).map((s) => s.total.value)).toEqual([3, 4, 18, 70, 193, 443]);
    expect(cumulativeReleases(fixture).at(-1)!.total.formula).toBe("3 + 1 + 14 + 52 + 123 + 250 = 443");
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
    expect(largestRound(fixture).round.id).toBe("2026-03");
    expect(
      largestRound(
        makeDataset({
          rounds: [
            { id: "2025-02", released: 90 },
            { id: "2025-06", released: 30 },
          ],
        }),
      ).round.id,
    ).toBe("2025-02");
  });

  it.each([
    [["exact", "exact"], "exact"],
    [["exact", "more-than"], "more-than"],
    [["more-than", "at-least"], "at-least"],
    [["exact", "about", "more-than"], "about"],
  ] as const)("the qualifier of a sum of %o is %s", (qualifiers, expected) => expect(sumQualifier([...qualifiers])).toBe(expected));

  it("pairs a round with the nearest held count within 60 days", () => {
    // An exact count within the window wins over a nearer lower bound (held-2025-12-15 is "more than 1,000").
    expect(heldAround("2025-12-13", "held", fixture)).toMatchObject({ figure: { id: "held-2026-01-31" }, days: 49, relation: "after" });
    expect(heldAround("2026-03-19", "held", fixture)).toMatchObject({ figure: { id: "held-2026-01-31" }, days: 47, relation: "before" });
    expect(heldAround("2025-06-21", "held", fixture)).toBeUndefined();
  });

  it("finds held counts before and after a release", () => {
    const { before, after } = heldBeforeAfter("2025-12-13", "held", fixture);
    expect(before?.id).toBe("held-2025-09-01");
    expect(after?.id).toBe("held-2025-12-15");
    expect(heldBeforeAfter("2026-03-19", "held", fixture).after).toBeUndefined();
  });
});

describe("headline cards", () => {
  it("state the figures data/headlines.json names, in its order, with their titles", () => {
    const cards = headlines(fixture);
    expect(cards.map((c) => [c.id, c.title, c.figure.id])).toEqual(fixture.headlines.map((h) => [h.id, h.title, h.figureId]));
    expect(cards.map((c) => formatFigure(c.figure))).toEqual(["250", "194", "more than 1,000"]);
    expect(cards[0]!.href).toBe("/rounds/2026-03");
    expect(cards[1]!.href).toBeUndefined();
  });

  it("derive every sentence: the period, the largest group to date, the parts, the rounds of the year and their sum", () => {
    const withParts = makeDataset({
      headlines: [
        { id: "fifth", title: "Released after the fifth round", figureId: "released-2025-12" },
        { id: "sixth", title: "Released after the sixth round", figureId: "released-2026-03", parts: ["sent-2026-03-0"] },
        { id: "year", title: "Released across 2025", figureId: "released-2025-total-pism" },
        { id: "held", title: "Still held", figureId: "held-2025-12-15" },
      ],
    });
    expect(headlines(withParts).map((c) => c.context)).toEqual([
      "Political prisoners released in December 2025.",
      "Political prisoners released in March 2026: the largest group to date; 15 of them were sent to Lithuania.",
      "Released in 2025. The five 2025 rounds add up to 193 (3 + 1 + 14 + 52 + 123 = 193).",
      "Political prisoners still held, 15 December 2025.",
    ]);
  });

  it("stop calling a round the largest once a larger one is added", () => {
    const grown = makeDataset({
      rounds: [
        { id: "2025-12", released: 123 },
        { id: "2026-03", released: 250 },
        { id: "2026-09", released: 300 },
      ],
      headlines: [
        { id: "sixth", title: "Released after the sixth round", figureId: "released-2026-03" },
        { id: "seventh", title: "Released after the seventh round", figureId: "released-2026-09" },
      ],
    });
    expect(headlines(grown).map((c) => c.context)).toEqual([
      "Political prisoners released in March 2026.",
      "Political prisoners released in September 2026: the largest group to date.",
    ]);
  });
});
