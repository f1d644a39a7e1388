import { describe, expect, it } from "vitest";
import {
  AGGREGATE_2025,
  comparableForQuery,
  comparePartners,
  compareSideIds,
  comparisonCap,
  comparisonPairs,
  defaultComparison,
  freelyComparedSides,
  isComparisonPair,
  nearestPartner,
  pickerChoices,
  type CompareSideId,
} from "@/data/compare";
import type { Dataset } from "@/data/dataset";
import { roundsInYear } from "@/data/derive";
import { ALL_PAIRS_UP_TO_SIDES } from "@/data/page-limits";
import { parseCompareQuery } from "@/data/query-params";
import { makeDataset } from "../fixtures/dataset-factory";
import { grownDataset } from "./grown-dataset";

const key = ({ a, b }: { a: string; b: string }) => `${a}/${b}`;

function everyOrderedPair(data: Dataset): string[] {
  const ids = compareSideIds(data);
  return ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => `${a}/${b}`));
}

/** Why a pair has a page once pairs are capped; undefined when no rule allows it. */
function reason(a: CompareSideId, b: CompareSideId, data: Dataset): string | undefined {
  const rounds = data.rounds.map((r) => r.id);
  const latest = compareSideIds(data).slice(-ALL_PAIRS_UP_TO_SIDES);
  const of2025 = roundsInYear(2025, data).map((r) => r.id);
  if (Math.abs(rounds.indexOf(a) - rounds.indexOf(b)) === 1 && rounds.includes(a) && rounds.includes(b)) return "neighbours";
  if ((a === AGGREGATE_2025 && of2025.includes(b)) || (b === AGGREGATE_2025 && of2025.includes(a))) return "in the aggregate";
  if (latest.includes(a) && latest.includes(b)) return "latest";
  const fallback = defaultComparison(data);
  if (key({ a, b }) === key(fallback) || key({ a: b, b: a }) === key(fallback)) return "default";
  return undefined;
}

describe("comparisonPairs with six rounds (7 sides)", () => {
  const fixture = makeDataset();
  it("is every ordered pair of different sides, 42 in all, in side order", () => {
    expect(compareSideIds(fixture)).toHaveLength(7);
    expect(comparisonPairs(fixture).map(key)).toEqual(everyOrderedPair(fixture));
    expect(comparisonPairs(fixture)).toHaveLength(42);
  });

  it("adds the same-side page of every side, and nothing is capped", () => {
    const pages = comparisonPairs(fixture, { sameSide: true });
    expect(pages).toHaveLength(49);
    expect(pages.filter((p) => p.a === p.b).map((p) => p.a)).toEqual(compareSideIds(fixture));
    expect(comparisonCap(fixture)).toBeUndefined();
    expect(comparableForQuery(fixture)).toBeUndefined();
    expect(freelyComparedSides(fixture)).toEqual(compareSideIds(fixture));
  });

  it("offers every side in both picker lists and the next side beside a lone one", () => {
    expect(pickerChoices("2025-12", "2026-03", fixture)).toEqual(compareSideIds(fixture));
    expect(comparePartners("2025-02", fixture)).toEqual(compareSideIds(fixture).slice(1));
    expect(nearestPartner("2025-12", fixture)).toBe("2026-03");
    expect(nearestPartner(AGGREGATE_2025, fixture)).toBe("2026-03");
    expect(isComparisonPair("2025-02", AGGREGATE_2025, fixture)).toBe(true);
    expect(isComparisonPair("2025-02", "2025-02", fixture)).toBe(false);
  });
});

describe("comparisonPairs at the threshold", () => {
  const twelveRounds = grownDataset(2);
  const elevenRounds: Dataset = { ...twelveRounds, rounds: twelveRounds.rounds.slice(0, 11) };

  it(`keeps every pair with ${ALL_PAIRS_UP_TO_SIDES} sides`, () => {
    expect(compareSideIds(elevenRounds)).toHaveLength(ALL_PAIRS_UP_TO_SIDES);
    expect(comparisonPairs(elevenRounds).map(key)).toEqual(everyOrderedPair(elevenRounds));
    expect(comparisonCap(elevenRounds)).toBeUndefined();
  });

  it(`caps from ${ALL_PAIRS_UP_TO_SIDES + 1} sides: the first round and the latest ones no longer meet`, () => {
    expect(compareSideIds(twelveRounds)).toHaveLength(13);
    expect(comparisonCap(twelveRounds)).toBeDefined();
    const last = twelveRounds.rounds.at(-1)!.id;
    expect(isComparisonPair("2025-02", last, twelveRounds)).toBe(false);
    expect(isComparisonPair("2025-02", "2025-04", twelveRounds)).toBe(true);
    expect(isComparisonPair("2025-02", AGGREGATE_2025, twelveRounds)).toBe(true);
  });
});

describe("comparisonPairs with 100× the rounds (600 rounds, 601 sides)", () => {
  const big = grownDataset(100);
  const pairs = comparisonPairs(big);
  const rounds = big.rounds.map((r) => r.id);

  it("keeps the count linear: 599 neighbours, 5 rounds of 2025, 66 pairs of the latest 12, less 10 counted twice, both orders", () => {
    expect(rounds).toHaveLength(600);
    expect(pairs).toHaveLength(2 * (599 + 5 + 66 - 10));
    expect(comparisonPairs(grownDataset(10))).toHaveLength(2 * (59 + 5 + 66 - 10));
  });

  it("holds only pairs that a rule allows, each in both orders, none twice, none with itself", () => {
    const keys = new Set(pairs.map(key));
    expect(keys.size).toBe(pairs.length);
    for (const p of pairs) {
      expect(p.a).not.toBe(p.b);
      expect(keys.has(key({ a: p.b, b: p.a })), key(p)).toBe(true);
      expect(reason(p.a, p.b, big), key(p)).toBeDefined();
    }
  });

  it("holds every pair that a rule allows", () => {
    rounds.forEach((id, i) => {
      if (i > 0) expect(isComparisonPair(id, rounds[i - 1]!, big)).toBe(true);
      if (i < rounds.length - 1) expect(isComparisonPair(id, rounds[i + 1]!, big)).toBe(true);
    });
    for (const r of roundsInYear(2025, big)) {
      expect(isComparisonPair(r.id, AGGREGATE_2025, big)).toBe(true);
      expect(isComparisonPair(AGGREGATE_2025, r.id, big)).toBe(true);
    }
    const latest = freelyComparedSides(big);
    expect(latest).toEqual([...rounds.slice(-11), AGGREGATE_2025]);
    for (const a of latest) for (const b of latest) expect(isComparisonPair(a, b, big)).toBe(a !== b);
    const fallback = defaultComparison(big);
    expect(fallback).toEqual({ a: rounds.at(-2), b: rounds.at(-1) });
    expect(isComparisonPair(fallback.a, fallback.b, big)).toBe(true);
    expect(isComparisonPair("2025-02", "2025-06", big)).toBe(false);
    expect(isComparisonPair(rounds[100]!, AGGREGATE_2025, big)).toBe(false);
  });

  it("keeps same-side pages only for the latest sides", () => {
    const same = comparisonPairs(big, { sameSide: true }).filter((p) => p.a === p.b);
    expect(same.map((p) => p.a)).toEqual(freelyComparedSides(big));
  });

  it("offers in a picker list only sides with a page against the other side, and says which comparisons exist", () => {
    const old = rounds[300]!;
    expect(pickerChoices(old, rounds[301]!, big)).toEqual([rounds[300], rounds[301], rounds[302]]);
    expect(pickerChoices("2025-06", AGGREGATE_2025, big)).toEqual([
      ...roundsInYear(2025, big).map((r) => r.id),
      ...rounds.slice(-11),
      AGGREGATE_2025,
    ]);
    expect(comparisonCap(big)?.rule).toBe(
      "With 600 rounds, not every pair has its own page: each round is compared with the rounds just before and after it, each 2025 round with all of 2025, and the latest 11 rounds and all of 2025 with one another.",
    );
  });

  it("sends /compare?a=&b= without a page back to the default comparison, saying why", () => {
    const comparable = comparableForQuery(big)!;
    expect(comparable.keys).toHaveLength(pairs.length);
    const ids = compareSideIds(big);
    const DEFAULT_COMPARISON = defaultComparison(big);
    const far = parseCompareQuery(`a=2025-02&b=${rounds.at(-1)}`, ids, DEFAULT_COMPARISON, comparable);
    expect(far.value).toEqual(DEFAULT_COMPARISON);
    expect(far.notices).toEqual([`No page compares “2025-02” with “${rounds.at(-1)}”. ${comparable.rule}`]);
    expect(far.notices[0]!.length).toBeLessThan(300);
    const lone = parseCompareQuery("a=2025-02", ids, DEFAULT_COMPARISON, comparable);
    expect(lone.value).toEqual(DEFAULT_COMPARISON);
    expect(lone.notices[0]).toContain(`No page compares “2025-02” with “${rounds.at(-1)}”`);
    const near = parseCompareQuery(`a=${rounds[300]}&b=${rounds[301]}`, ids, DEFAULT_COMPARISON, comparable);
    expect(near).toEqual({ value: { a: rounds[300], b: rounds[301] }, notices: [] });
    const unknown = parseCompareQuery(`a=1999&b=${rounds.at(-1)}`, ids, DEFAULT_COMPARISON, comparable);
    expect(unknown.notices).toEqual([`Ignored a=“1999”: expected one of 601 values such as ${rounds.slice(-2).join(", ")}, 2025.`]);
  });
});
