import { describe, expect, it } from "vitest";
import { abbreviateMonths, daysBetween, formatDate, formatFigure, formatFigureShort, formatPeriod } from "@/data/format-figure";

describe("formatFigure", () => {
  it.each([
    [{ value: 123, qualifier: "exact" as const }, "123"],
    [{ value: 1000, qualifier: "more-than" as const }, "more than 1,000"],
    [{ value: 1265, qualifier: "at-least" as const }, "at least 1,265"],
    [{ value: 1150, qualifier: "about" as const }, "about 1,150"],
  ])("%o → %s", (figure, text) => expect(formatFigure(figure)).toBe(text));

  it("never prints a lower bound as a plain number", () => {
    expect(formatFigure({ value: 1000, qualifier: "more-than" })).not.toBe("1,000");
    expect(formatFigureShort({ value: 1000, qualifier: "more-than" })).toBe(">1,000");
    expect(formatFigureShort({ value: 1265, qualifier: "at-least" })).toBe("≥1,265");
    expect(formatFigureShort({ value: 1150, qualifier: "about" })).toBe("~1,150");
  });
});

describe("dates", () => {
  it("follows the precision of the date", () => {
    expect(formatDate("2025-02-12")).toBe("12 February 2025");
    expect(formatDate("2025-09")).toBe("September 2025");
    expect(formatDate("2025")).toBe("2025");
  });
  it("formats periods", () => {
    expect(formatPeriod("2025-12-11", "2025-12-12")).toBe("11–12 December 2025");
    expect(formatPeriod("2025-01-01", "2025-12-31")).toBe("2025");
    expect(formatPeriod("2025-11-30", "2025-12-02")).toBe("30 November – 2 December 2025");
    expect(formatPeriod("2025-01-01", "2025-12-23")).toBe("1 January – 23 December 2025");
  });
  it("shortens month names, and only month names, for a narrow axis", () => {
    expect(abbreviateMonths("September 2025")).toBe("Sep 2025");
    expect(abbreviateMonths("December 2025")).toBe("Dec 2025");
    expect(abbreviateMonths("May 2026")).toBe("May 2026");
    expect(abbreviateMonths("All of 2025 (aggregate)")).toBe("All of 2025 (aggregate)");
    expect(abbreviateMonths("Marching orders, June")).toBe("Marching orders, Jun");
  });
  it("counts days between dates", () => {
    expect(daysBetween("2025-12-13", "2026-03-19")).toBe(96);
    expect(daysBetween("2026-03-19", "2025-12-13")).toBe(-96);
  });
});
