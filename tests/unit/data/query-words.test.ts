import { describe, expect, it } from "vitest";
import { parseCompareQuery, parseThemeQuery } from "@/data/query-params";
import { queryWords } from "@/data/query-words";

const ids = (n: number) => Array.from({ length: n }, (_, i) => `r${i + 1}`);
const DEFAULTS = { a: "r1", b: "r2" };

describe("query notices in the page's language (words from the server, filled by the parser)", () => {
  it("English words from the catalogues equal the parser's defaults", () => {
    expect(parseThemeQuery("?theme=x", queryWords("en"))).toEqual(parseThemeQuery("?theme=x"));
    expect(parseCompareQuery("?a=zz", ids(30), DEFAULTS, undefined, queryWords("en"))).toEqual(
      parseCompareQuery("?a=zz", ids(30), DEFAULTS),
    );
  });

  it("Polish and Belarusian: an ignored value, the allowed ones joined in the language", () => {
    expect(parseThemeQuery("?theme=x", queryWords("pl")).notices).toEqual(["Pominięto theme=„x”: oczekiwano light, dark lub auto."]);
    expect(parseCompareQuery("?a=r1&b=r1", ids(3), DEFAULTS, undefined, queryWords("be")).notices).toEqual([
      "З абодвух бакоў абраны адзін і той жа раўнд; паказана параўнанне па змаўчанні.",
    ]);
  });

  it("Russian: a long list is summarised with the count's plural form (13, 21, 22, 25)", () => {
    const notice = (n: number) => parseCompareQuery("?a=zz", ids(n), DEFAULTS, undefined, queryWords("ru")).notices[0];
    expect(notice(13)).toBe("Параметр a=«zz» пропущен: ожидалось одно из 13 значений, например r11, r12, r13.");
    expect(notice(21)).toBe("Параметр a=«zz» пропущен: ожидалось одно из 21 значения, например r19, r20, r21.");
    expect(notice(22)).toBe("Параметр a=«zz» пропущен: ожидалось одно из 22 значений, например r20, r21, r22.");
    expect(notice(25)).toBe("Параметр a=«zz» пропущен: ожидалось одно из 25 значений, например r23, r24, r25.");
  });

  it("a value never fills another slot", () => {
    const { notices } = parseCompareQuery(`?a=${encodeURIComponent("{expected}")}`, ids(2), DEFAULTS, undefined, queryWords("pl"));
    expect(notices).toEqual(["Pominięto a=„?expected?”: oczekiwano r1 lub r2."]);
  });
});
