import { describe, expect, it } from "vitest";
import { dataset, type Dataset } from "@/data/dataset";
import { disagreementQuestion, discrepancyHref } from "@/data/discrepancy-links";
import { headlines } from "@/data/headlines";
import type { Discrepancy, Figure } from "@/data/schema";

function figure(id: string, value: number, qualifier: Figure["qualifier"] = "exact"): Figure {
  return {
    id,
    measure: "released",
    label: id,
    value,
    qualifier,
    stated: String(value),
    refersTo: { from: "2025-12" },
    role: "shown",
    sourceId: "fixture-source",
    quote: `released ${value}`,
  };
}

function discrepancy(id: string, figures: string[]): Discrepancy {
  return { id, title: `Title of ${id}`, summary: "", rounds: [], figures, derived: [], evidence: [] };
}

const fixture: Dataset = {
  ...dataset,
  figures: [figure("ours", 123), figure("theirs", 156), figure("third", 1000, "more-than"), figure("same", 123)],
  discrepancies: [],
};

describe("links to a disagreement", () => {
  it("ask with the numbers in dispute, the reader's figure first", () => {
    expect(disagreementQuestion(discrepancy("d", ["theirs", "ours"]), "ours", fixture)).toBe("123 or 156?");
    expect(disagreementQuestion(discrepancy("d", ["ours", "theirs", "third"]), "ours", fixture)).toBe("123, 156 or more than 1,000?");
  });

  it("name each number once, and fall back to the title when the sides agree on the number", () => {
    expect(disagreementQuestion(discrepancy("d", ["ours", "same", "theirs"]), "ours", fixture)).toBe("123 or 156?");
    expect(disagreementQuestion(discrepancy("dates", ["ours"]), "ours", fixture)).toBe("123: where sources disagree");
  });

  it("go to the full record on /sources", () => {
    expect(discrepancyHref(discrepancy("coale-156", []))).toBe("/sources#discrepancy-coale-156");
  });

  it("real dataset: no two links on the headline cards read alike, and none is a bare “Sources disagree”", () => {
    const texts = headlines().flatMap((h) => h.discrepancies.map((d) => disagreementQuestion(d, h.figure.id)));
    expect(texts).toContain("123 or 156?");
    expect(texts).toContain("194 or 193?");
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe("links to a disagreement in other languages", () => {
  // Polish and Belarusian write 1000 without a separator; Russian groups it with a no-break space.
  it("list the numbers with the language's “or” and write them as the language does", () => {
    const d = discrepancy("d", ["ours", "theirs", "third"]);
    expect(disagreementQuestion(d, "ours", fixture, "pl")).toBe("123, 156 lub ponad 1000?");
    expect(disagreementQuestion(d, "ours", fixture, "ru")).toBe("123, 156 или более 1\u00a0000?");
    expect(disagreementQuestion(d, "ours", fixture, "be")).toBe("123, 156 ці больш за 1000?");
    expect(disagreementQuestion(discrepancy("dates", ["ours"]), "ours", fixture, "ru")).toBe("123: источники расходятся");
  });

  it("stay in the reader's edition", () => {
    expect(discrepancyHref(discrepancy("coale-156", []), "pl")).toBe("/pl/sources#discrepancy-coale-156");
  });
});
