import { describe, expect, it } from "vitest";
import { validateDataset, type RawDataset } from "@/data/dataset";
import { headlines } from "@/data/headlines";
import type { Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { editable, entryOf, FIXTURE_SOURCE, makeRawDataset, YEAR_TOTAL_ID } from "../fixtures/dataset-factory";

/** The fixture's six rounds; the latest has talks in Minsk with a US envoy, and its card names its Lithuania part. */
function dataset() {
  const files = editable(
    makeRawDataset({
      headlines: [
        { id: "latest-round", title: "Released in the latest round", figureId: "released-2026-03", parts: ["sent-2026-03-0"] },
        { id: "year-2025", title: "Released across 2025", figureId: YEAR_TOTAL_ID },
        { id: "still-held", title: "Still held", figureId: "held-2025-12-15" },
      ],
    }),
  );
  const evidence = [{ sourceId: FIXTURE_SOURCE, quote: "Talks were held in Minsk." }];
  Object.assign(entryOf(files, "rounds", "2026-03"), {
    talks: { from: "2026-03-01", place: "Minsk", summary: "Talks in Minsk.", evidence },
    envoys: [{ name: "John Coale", role: "US envoy", evidence }],
  });
  return validateDataset(files as unknown as RawDataset);
}

const contexts = (locale: Locale) => Object.fromEntries(headlines(dataset(), locale).map((h) => [h.id, h.context]));

describe("headline sentences in each language", () => {
  it("English stays as it was", () => {
    expect(contexts("en")).toEqual({
      "latest-round":
        "Released in March 2026, after talks in Minsk with US envoys: the largest group to date; 15 of them were sent to Lithuania.",
      "year-2025": "Released in 2025. The five 2025 rounds add up to 193 (3 + 1 + 14 + 52 + 123 = 193).",
      "still-held": "Political prisoners still held, 15 December 2025.",
    });
  });

  it("Polish: one sentence per card, dates and plurals as Polish writes them", () => {
    expect(contexts("pl")).toEqual({
      "latest-round":
        "Uwolnieni – marzec 2026, po rozmowach z wysłannikami USA (Minsk): największa grupa jak dotąd; 15 z nich – sent to Lithuania.",
      "year-2025": "Released in 2025. 5 rund z 2025 r. daje łącznie 193 (3 + 1 + 14 + 52 + 123 = 193).",
      "still-held": "Political prisoners still held, 15 grudnia 2025.",
    });
  });

  it("Russian and Belarusian", () => {
    expect(contexts("ru")["latest-round"]).toBe(
      "Освобождённые, март 2026 г., после переговоров с посланниками США (Minsk): крупнейшая группа на сегодня; 15 из них — sent to Lithuania.",
    );
    expect(contexts("ru")["year-2025"]).toBe("Released in 2025. 5 раундов 2025 года дают в сумме 193 (3 + 1 + 14 + 52 + 123 = 193).");
    expect(contexts("be")["year-2025"]).toBe("Released in 2025. 5 раўндаў 2025 года даюць разам 193 (3 + 1 + 14 + 52 + 123 = 193).");
    // Russian and Belarusian dates end in "г.", which closes the sentence: no second full stop.
    expect(contexts("be")["still-held"]).toBe("Political prisoners still held, 15 снежня 2025 г.");
    expect(contexts("ru")["still-held"]).toBe("Political prisoners still held, 15 декабря 2025 г.");
  });

  it("the card's links go to the round page of the reader's edition", () => {
    expect(headlines(dataset(), "ru").find((h) => h.id === "latest-round")!.href).toBe("/ru/rounds/2026-03");
    expect(headlines(dataset(), "en").find((h) => h.id === "latest-round")!.href).toBe("/rounds/2026-03");
  });
});

describe("plural forms through the real catalogues: “Confirmed by n other sources”", () => {
  const counts = [1, 2, 5, 11, 21, 22, 25];
  const confirmed = (locale: Locale) => counts.map((count) => t(locale, "headline.confirmedBy", { count }));

  it("Polish: one, few (2–4, 22–24), many (5–21, 25…)", () => {
    expect(confirmed("pl")).toEqual([
      "Potwierdza to 1 inne źródło.",
      "Potwierdzają to 2 inne źródła.",
      "Potwierdza to 5 innych źródeł.",
      "Potwierdza to 11 innych źródeł.",
      "Potwierdza to 21 innych źródeł.",
      "Potwierdzają to 22 inne źródła.",
      "Potwierdza to 25 innych źródeł.",
    ]);
  });

  it("Russian: one (1, 21), few (2, 22), many (5, 11, 25)", () => {
    expect(confirmed("ru")).toEqual([
      "Подтверждает ещё 1 источник.",
      "Подтверждают ещё 2 источника.",
      "Подтверждают ещё 5 источников.",
      "Подтверждают ещё 11 источников.",
      "Подтверждает ещё 21 источник.",
      "Подтверждают ещё 22 источника.",
      "Подтверждают ещё 25 источников.",
    ]);
  });

  it("Belarusian: one (1, 21), few (2, 22), many (5, 11, 25)", () => {
    expect(confirmed("be")).toEqual([
      "Пацвярджае яшчэ 1 крыніца.",
      "Пацвярджаюць яшчэ 2 крыніцы.",
      "Пацвярджаюць яшчэ 5 крыніц.",
      "Пацвярджаюць яшчэ 11 крыніц.",
      "Пацвярджае яшчэ 21 крыніца.",
      "Пацвярджаюць яшчэ 22 крыніцы.",
      "Пацвярджаюць яшчэ 25 крыніц.",
    ]);
  });

  it("English keeps its two forms", () => {
    expect(confirmed("en").slice(0, 2)).toEqual(["Confirmed by 1 other source.", "Confirmed by 2 other sources."]);
  });
});
