import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeValue, parseCompareQuery, parseThemeQuery } from "@/data/query-params";
import { ROUNDS, SCRIPT_LIKE, queryString, value } from "./query-arbitraries";

const RUNS = { numRuns: 3_000 };
const DEFAULTS = { a: "2025-12", b: "2026-03" };

const anyInput = fc.oneof(queryString, fc.anything());

/** A notice is plain text: no markup characters, no broken surrogates, short enough to read. */
function expectSafeNotices(notices: unknown): void {
  expect(Array.isArray(notices)).toBe(true);
  for (const notice of notices as unknown[]) {
    expect(typeof notice).toBe("string");
    const text = notice as string;
    expect(text).not.toMatch(/[<>"'`&\\]/);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(text.length).toBeLessThan(300);
  }
}

describe("parseThemeQuery under fuzzing", () => {
  it("never throws, returns an allowed theme or nothing, and safe notices", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const { value: theme, notices } = parseThemeQuery(input);
        expect([undefined, "light", "dark", "auto"]).toContain(theme);
        expectSafeNotices(notices);
      }),
      RUNS,
    );
  });

  it("accepts light, dark and auto in any case and encoding, and reports anything else once", () => {
    fc.assert(
      fc.property(value, fc.boolean(), (raw, encode) => {
        const search = `theme=${encode ? encodeURIComponent(raw) : raw}`;
        const expected = new URLSearchParams(search).get("theme")!.trim().toLowerCase();
        const { value: theme, notices } = parseThemeQuery(search);
        if (expected === "light" || expected === "dark" || expected === "auto") {
          expect(theme).toBe(expected);
          expect(notices).toEqual([]);
        } else if (expected === "") {
          expect({ theme, notices }).toEqual({ theme: undefined, notices: [] });
        } else {
          expect(theme).toBeUndefined();
          expect(notices).toHaveLength(1);
          expect(notices[0]).toMatch(/^Ignored theme=“.*”: expected light or dark or auto\.$/);
        }
      }),
      RUNS,
    );
  });

  it("reads theme from URLSearchParams as well as from a string", () => {
    expect(parseThemeQuery(new URLSearchParams({ theme: "Dark" })).value).toBe("dark");
    expect(parseThemeQuery("?theme=%20LIGHT%20&x=1").value).toBe("light");
  });

  it("falls back for non-string input without notices", () => {
    for (const input of [undefined, null, 42, {}, [], Symbol("x"), () => "theme=dark", { theme: "dark" }]) {
      expect(parseThemeQuery(input)).toEqual({ value: undefined, notices: [] });
    }
  });

  it.each(SCRIPT_LIKE)("neutralises %j in its notice", (raw) => {
    const { value: theme, notices } = parseThemeQuery(`theme=${encodeURIComponent(raw)}`);
    expect(theme).toBeUndefined();
    expectSafeNotices(notices);
    expect(notices).toHaveLength(1);
  });
});

describe("parseCompareQuery under fuzzing", () => {
  it("never throws and always returns two different known rounds", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const { value: pair, notices } = parseCompareQuery(input, ROUNDS, DEFAULTS);
        expect(ROUNDS).toContain(pair.a);
        expect(ROUNDS).toContain(pair.b);
        expect(pair.a).not.toBe(pair.b);
        expectSafeNotices(notices);
      }),
      RUNS,
    );
  });

  it("keeps a valid pair and falls back per side for an invalid one", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROUNDS), fc.constantFrom(...ROUNDS), value, (a, b, junk) => {
        const result = parseCompareQuery(`a=${a}&b=${b}`, ROUNDS, DEFAULTS);
        expect(result.value).toEqual(a === b ? DEFAULTS : { a, b });
        fc.pre(!(ROUNDS as readonly string[]).includes(junk.trim().toLowerCase()));
        const bad = parseCompareQuery(`a=${encodeURIComponent(junk)}&b=${b}`, ROUNDS, DEFAULTS);
        expect(bad.value.b).toBe(b);
        expect(bad.value.a).toBe(b === DEFAULTS.a ? DEFAULTS.b : DEFAULTS.a);
        expect(bad.notices).toHaveLength(junk.trim() === "" ? 0 : 1);
      }),
      RUNS,
    );
  });

  it("never returns the same round on both sides, even when a lone choice equals the other default", () => {
    expect(parseCompareQuery("a=2026-03", ROUNDS, DEFAULTS).value).toEqual({ a: "2026-03", b: "2025-12" });
    expect(parseCompareQuery("b=2025-12", ROUNDS, DEFAULTS).value).toEqual({ a: "2026-03", b: "2025-12" });
  });
});

describe("describeValue", () => {
  it("keeps letters, digits and simple punctuation, and cuts at 24 characters without splitting a character", () => {
    expect(describeValue("Minsk 2025-12")).toBe("Minsk 2025-12");
    expect(describeValue("<b>")).toBe("?b?");
    expect(describeValue("𝐀".repeat(30))).toBe(`${"𝐀".repeat(24)}…`);
  });
});
