import { describe, expect, it } from "vitest";
import {
  cumulativeReleases,
  heldAround,
  heldAroundText,
  heldBeforeAfter,
  largestRound,
  sum2025Rounds,
  sumQualifier,
  type HeldAround,
} from "@/data/derive";
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
      "Released in December 2025.",
      "Released in March 2026: the largest group to date; 15 of them were sent to Lithuania.",
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
      "Released in March 2026.",
      "Released in September 2026: the largest group to date.",
    ]);
  });
});

describe("derived figures in other languages", () => {
  it("label and formula: the numbers as the language writes them, the words from the catalogues", () => {
    const sum = sum2025Rounds(fixture, "pl");
    expect(sum.label).toBe("Uwolnieni w 5 rundach z 2025 r., łącznie");
    expect(sum.formula).toBe("3 + 1 + 14 + 52 + 123 = 193");
    expect(sum2025Rounds(fixture, "ru").label).toBe("Освобождены в 5 раундах 2025 года, в сумме");
    expect(cumulativeReleases(fixture, "be").at(-1)!.total.label).toBe("Вызваленыя ва ўсіх раўндах па March 2026 уключна");
  });

  it("a running total past the formula's limit adds the round to the previous total, in the language", () => {
    const grown = grownDataset(MAX_FORMULA_TERMS + 1);
    const last = cumulativeReleases(grown, "pl").at(-1)!;
    expect(last.total.formula).toMatch(/^\d[\d\u00a0]* \(suma do: .+\) \+ \d+ = \d{1,3}\u00a0\d{3}$/);
  });

  const held = (days: number | undefined, relation: HeldAround["relation"]): HeldAround => ({
    figure: fixture.figures[0]!,
    days,
    relation,
  });
  const counts = [1, 2, 5, 11, 21, 22, 25];

  it("days before and after a release: plural forms for 1, 2, 5, 11, 21, 22 and 25", () => {
    expect(counts.map((d) => heldAroundText(held(d, "before"), "pl"))).toEqual([
      "1 dzień przed uwolnieniem",
      "2 dni przed uwolnieniem",
      "5 dni przed uwolnieniem",
      "11 dni przed uwolnieniem",
      "21 dni przed uwolnieniem",
      "22 dni przed uwolnieniem",
      "25 dni przed uwolnieniem",
    ]);
    expect(counts.map((d) => heldAroundText(held(d, "before"), "ru"))).toEqual([
      "за 1 день до освобождения",
      "за 2 дня до освобождения",
      "за 5 дней до освобождения",
      "за 11 дней до освобождения",
      "за 21 день до освобождения",
      "за 22 дня до освобождения",
      "за 25 дней до освобождения",
    ]);
    expect(counts.map((d) => heldAroundText(held(d, "after"), "be"))).toEqual([
      "праз 1 дзень пасля вызвалення",
      "праз 2 дні пасля вызвалення",
      "праз 5 дзён пасля вызвалення",
      "праз 11 дзён пасля вызвалення",
      "праз 21 дзень пасля вызвалення",
      "праз 22 дні пасля вызвалення",
      "праз 25 дзён пасля вызвалення",
    ]);
    expect(heldAroundText(held(14, "before"))).toBe("14 days before the release");
    expect(heldAroundText(held(1, "after"))).toBe("1 day after the release");
  });

  it("a count dated by month, or on the day itself, says so in the language", () => {
    expect(heldAroundText(held(undefined, "dated by month only"), "pl")).toBe("datowana tylko miesiącem, więc liczby dni nie podano");
    expect(heldAroundText(held(0, "same day"), "ru")).toBe("в день освобождения");
  });
});
