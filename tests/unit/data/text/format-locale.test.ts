import { describe, expect, test } from "vitest";
import { abbreviateMonths, formatDate, formatDateShort, formatFigure, formatNumber, formatPeriod } from "@/data/format-figure";
import { datePattern, formatWithPattern } from "@/data/format-intl";

describe("the one formatter, per locale (CLDR conventions)", () => {
  test("numbers: Polish writes 1000 without a separator and 12 345 with one", () => {
    expect(formatNumber(1000, "pl")).toBe("1000");
    expect(formatNumber(12345, "pl")).toBe("12\u00a0345");
    expect(formatNumber(1140, "en")).toBe("1,140");
    expect(formatNumber(1140, "ru")).toBe("1\u00a0140");
  });

  test("a lower bound is never a plain number in any language", () => {
    const figure = { value: 1000, qualifier: "more-than" } as const;
    expect(formatFigure(figure, "en")).toBe("more than 1,000");
    expect(formatFigure(figure, "pl")).toBe("ponad 1000");
    expect(formatFigure(figure, "be")).toMatch(/^больш за 1\s?000$/);
    expect(formatFigure(figure, "ru")).toBe("более 1\u00a0000");
  });

  test("dates keep their precision: a month is not a day", () => {
    expect(formatDate("2025-02-12", "pl")).toBe("12 lutego 2025");
    expect(formatDate("2025-09", "pl")).toBe("wrzesień 2025");
    expect(formatDate("2025-09", "en")).toBe("September 2025");
    expect(formatDate("2025", "ru")).toBe("2025");
    expect(formatDateShort("2025-09-11", "en")).toBe("11 Sep 2025");
    expect(formatPeriod("2025-12-11", "2025-12-12", "pl")).toBe("11–12 grudnia 2025");
    expect(formatPeriod("2025-12-11", "2025-12-12", "en")).toBe("11–12 December 2025");
    expect(formatPeriod("2025-01-01", "2025-12-31", "be")).toBe("2025");
  });

  test("month names shorten on a narrow axis in every language", () => {
    expect(abbreviateMonths("September 2025", "en")).toBe("Sep 2025");
    expect(abbreviateMonths("Wrzesień 2025", "pl")).toBe("Wrz 2025");
  });
});

describe("a date written in the browser with the server's pattern", () => {
  test("reads exactly as the server writes it, in every language, without the browser's locale data", () => {
    for (const locale of ["en", "pl", "be", "ru"] as const) {
      for (const date of ["2026-01-02", "2026-03-19", "2026-12-07"]) {
        expect(formatWithPattern(date, datePattern(locale))).toBe(formatDate(date, locale));
      }
    }
  });
});
