import { describe, expect, it } from "vitest";
import { creditLine, formatCitation, formatShortCitation } from "@/data/citation";
import { dataset } from "@/data/dataset";
import { getSource } from "@/data/queries";

describe("citations", () => {
  it("credit the original publisher before the copy it was read in", () => {
    expect(creditLine(getSource("ap-2025-09-11"))).toBe("AP, via 73165-info.com");
    expect(creditLine(getSource("hrw-2025-12-15"))).toBe("Human Rights Watch");
  });

  it("give PISM's series, number and date in short form", () => {
    expect(formatShortCitation(getSource("pism-spotlight-85-2025"))).toBe("PISM Spotlight No. 85/2025, 15 December 2025");
    expect(formatShortCitation(getSource("pism-spotlight-2026-sixth-round"))).toBe(
      "PISM Spotlight, “The sixth round of Belarusian-American talks”",
    );
  });

  it("tell undated sources apart by their title", () => {
    const short = dataset.sources.map(formatShortCitation);
    expect(new Set(short).size).toBe(short.length);
    expect(formatShortCitation(getSource("viasna-2025-01"))).toBe("Viasna, “Human rights situation in Belarus. January 2025”");
  });

  it("print the full reference, saying when no date or number is stated", () => {
    expect(formatCitation(getSource("pism-spotlight-85-2025"))).toBe(
      "Anna Maria Dyner, “Fifth Round of American-Belarusian Talks”, PISM Spotlight No. 85/2025, PISM (Polish Institute of International Affairs), 15 December 2025.",
    );
    expect(formatCitation(getSource("pism-spotlight-2026-sixth-round"))).toBe(
      "Anna Maria Dyner, “The sixth round of Belarusian-American talks”, PISM Spotlight (no number stated), PISM (Polish Institute of International Affairs), publication date not stated.",
    );
    expect(formatCitation(getSource("ap-2025-12-13"))).toMatch(
      /^Yuras Karmanau, “Nobel Peace Prize laureate.*”, AP, via start\.localnet\.com, publication date not stated, https:\/\/start\.localnet\.com\//,
    );
  });
});
