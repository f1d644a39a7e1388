import { describe, expect, it } from "vitest";
import { creditLine, formatCitation, formatShortCitation, shortTitle } from "@/data/citation";
import { dataset } from "@/data/dataset";
import { getSource } from "@/data/queries";
import type { Source } from "@/data/schema";

function source(overrides: Partial<Source> = {}): Source {
  return {
    id: "fixture",
    kind: "secondary",
    publisher: "AP",
    title: "Belarus frees 52 prisoners",
    published: { basis: "not-shown" },
    language: "en",
    curationNotes: [],
    ...overrides,
  };
}

describe("short citations, where a figure is used", () => {
  it("name the original publisher and the date, in newsroom form", () => {
    expect(
      formatShortCitation(source({ publisher: "Reuters", via: "squidsite02.com", published: { date: "2025-04-30", basis: "url" } })),
    ).toBe("Reuters, 30 Apr 2025");
    expect(formatShortCitation(source({ published: { date: "2025-09", basis: "page" } }))).toBe("AP, Sep 2025");
  });

  it("drop the publisher's long name in brackets and never name the copy that was read", () => {
    const pism = source({ publisher: "PISM (Polish Institute of International Affairs)", series: "PISM Spotlight", number: "85/2025" });
    expect(formatShortCitation({ ...pism, published: { date: "2025-12-15", basis: "in-file" } })).toBe("PISM, 15 Dec 2025");
    expect(formatShortCitation(source({ via: "73165-info.com" }))).toBe("AP, “Belarus frees 52 prisoners”");
  });

  it("cut an undated source's title at a word boundary, never mid-word", () => {
    const long = "Nobel Peace Prize laureate and others who took on Belarus' president are freed";
    expect(shortTitle(long)).toBe("Nobel Peace Prize laureate and others who took…");
    expect(shortTitle("Supercalifragilisticexpialidocious".repeat(2), 20)).toBe("Supercalifragilistic…");
    expect(shortTitle("Short title")).toBe("Short title");
    expect(shortTitle("Belarus frees 52 political prisoners, as the US lifts", 38)).toBe("Belarus frees 52 political prisoners…");
  });

  it("real dataset: every credit a reader sees names the publisher and no via copy, and titles end on whole words", () => {
    for (const s of dataset.sources) {
      const short = formatShortCitation(s);
      expect(short.startsWith(s.publisher.replace(/\s*\(.*\)$/, ""))).toBe(true);
      if (s.via) expect(short).not.toContain(s.via);
      const cut = /“(.*)…”$/.exec(short)?.[1];
      if (cut === undefined) continue;
      const title = s.title ?? "";
      expect(title.startsWith(cut), s.id).toBe(true);
      expect(title[cut.length], s.id).toMatch(/[\s,;:.–—-]/);
    }
    expect(formatShortCitation(getSource("pism-spotlight-85-2025"))).toBe("PISM, 15 Dec 2025");
    expect(formatShortCitation(getSource("reuters-2025-04-30"))).toBe("Reuters, 30 Apr 2025");
  });
});

describe("the full record, on /sources and in downloads", () => {
  it("credits the original publisher before the copy it was read in", () => {
    expect(creditLine(source({ via: "73165-info.com" }))).toBe("AP, via 73165-info.com");
    expect(creditLine(source({ publisher: "Human Rights Watch" }))).toBe("Human Rights Watch");
  });

  it("prints the full reference, saying when no date or number is stated", () => {
    expect(formatCitation(getSource("pism-spotlight-85-2025"))).toBe(
      "Anna Maria Dyner, “Fifth Round of American-Belarusian Talks”, PISM Spotlight No. 85/2025, PISM (Polish Institute of International Affairs), 15 December 2025.",
    );
    expect(formatCitation(source({ series: "PISM Spotlight", via: "x.example", url: "https://x.example/a" }))).toBe(
      "“Belarus frees 52 prisoners”, PISM Spotlight (no number stated), AP, via x.example, publication date not stated, https://x.example/a.",
    );
  });
});

describe("citations in other languages", () => {
  const pism = source({
    publisher: "PISM (Polish Institute of International Affairs)",
    author: "Anna Maria Dyner",
    title: "Fifth Round of American-Belarusian Talks",
    series: "PISM Spotlight",
    number: "85/2025",
    published: { date: "2025-12-15", basis: "in-file" },
  });

  it("keep the short credit, publisher and date, with the date as the language writes it", () => {
    expect(formatShortCitation(pism)).toBe("PISM, 15 Dec 2025");
    expect(formatShortCitation(pism, {}, "pl")).toBe("PISM, 15 gru 2025");
    expect(formatShortCitation(pism, {}, "ru")).toBe("PISM, 15 дек. 2025 г.");
  });

  it("quote an undated source's title with the language's quotation marks, and say when the title is unknown", () => {
    expect(formatShortCitation(source(), {}, "pl")).toBe("AP, „Belarus frees 52 prisoners”");
    expect(formatShortCitation(source(), {}, "be")).toBe("AP, «Belarus frees 52 prisoners»");
    expect(formatShortCitation(source({ title: undefined }), {}, "ru")).toBe("AP, заголовок неизвестен");
  });

  it("write the full reference's series number, copy read and missing date in the language", () => {
    expect(formatCitation(pism, "pl")).toBe(
      "Anna Maria Dyner, „Fifth Round of American-Belarusian Talks”, PISM Spotlight nr 85/2025, PISM (Polish Institute of International Affairs), 15 grudnia 2025.",
    );
    const copy = source({ via: "73165-info.com", series: "Wire", url: "https://example.org/a" });
    expect(formatCitation(copy, "ru")).toBe(
      "«Belarus frees 52 prisoners», Wire (номер не указан), AP, цит. по 73165-info.com, дата публикации не указана, https://example.org/a.",
    );
    expect(creditLine(copy, "be")).toBe("AP, цыт. паводле 73165-info.com");
    expect(creditLine(copy)).toBe("AP, via 73165-info.com");
  });
});
