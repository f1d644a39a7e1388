import { DEFAULT_LOCALE } from "@/data/text/locales";
import { localePath } from "@/data/text/locale-path";
import { describe, expect, it } from "vitest";
import { changeHtml, dataAsOf } from "@/data/changelog";
import { findRound, labelInSentence, roundDescription, roundLabel } from "@/data/queries";
import { siteName } from "@/data/site";
import { siteMetadata, siteNameFor } from "@/data/site-metadata";
import { makeDataset } from "../fixtures/dataset-factory";

const fixture = makeDataset();
const december = findRound("2025-12", fixture)!;

describe("round labels and descriptions in each language", () => {
  it("name PISM's count of the round as the language writes an ordinal", () => {
    expect(roundLabel(december)).toBe("December 2025 (PISM's fifth round)");
    expect(roundLabel(december, "pl")).toBe("December 2025 (5. runda według PISM)");
    expect(roundLabel(december, "ru")).toBe("December 2025 (5-й раунд по счёту PISM)");
    expect(roundLabel(december, "be")).toBe("December 2025 (5-ы раўнд паводле PISM)");
    expect(roundLabel(findRound("2025-02", fixture)!, "ru")).toBe("February 2025");
  });

  it("describe a round page with its figure", () => {
    expect(roundDescription(december, fixture)).toBe("Prisoners released in December 2025: 123, with every figure cited.");
    expect(roundDescription(december, fixture, "pl")).toBe("Prisoners released in December 2025: 123; każda liczba ze źródłem.");
  });

  it("set a label inside a sentence without losing an acronym's capitals", () => {
    expect(labelInSentence("Sent to Lithuania")).toBe("sent to Lithuania");
    expect(labelInSentence("US citizen released")).toBe("US citizen released");
  });
});

describe("the dataset's date and the feed, in each language", () => {
  it("date the data as the language writes a short date", () => {
    expect(dataAsOf(fixture)).toBe("Data as of 1 Jan 2026");
    expect(dataAsOf(fixture, "pl")).toBe("Dane na 1 sty 2026");
    expect(dataAsOf(fixture, "ru")).toBe("Данные на 1 янв. 2026 г.");
  });

  it("head a release's lists in the language", () => {
    const entry = { version: "1.0.0", date: "2026-01-01", summary: "S", added: ["a"], corrected: ["c"] };
    expect(changeHtml(entry, "be")).toBe("<p>S</p><p>Дададзена:</p><ul><li>a</li></ul><p>Выпраўлена:</p><ul><li>c</li></ul>");
  });
});

describe("paths of an edition", () => {
  it("keep English where it is and prefix the others", () => {
    expect(localePath(DEFAULT_LOCALE, "/rounds/2025-12")).toBe("/rounds/2025-12");
    expect(localePath("pl", "/rounds/2025-12")).toBe("/pl/rounds/2025-12");
    expect(localePath("ru", "/")).toBe("/ru");
    expect(localePath("be", "/#main")).toBe("/be#main");
  });
});

describe("the site's name and description in each language", () => {
  it("name the site, and describe it with the years of the rounds", () => {
    expect(siteNameFor()).toBe(siteName);
    expect(siteNameFor("pl")).toBe("Uwolnienia więźniów politycznych na Białorusi");
    expect(siteMetadata("ru").title.template).toBe("%s · Освобождения в Беларуси");
    expect(siteMetadata("en").description).toMatch(
      /^How many political prisoners Belarus released after each round of US–Belarus talks in \d{4}/,
    );
  });
});
