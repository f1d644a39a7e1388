import { describe, expect, it } from "vitest";
import {
  AGGREGATE_2025,
  buildComparison,
  compareDays,
  compareDifference,
  comparableForQuery,
  compareQueryTexts,
  compareRatio,
  compareSideIds,
  compareSideLabel,
  comparisonCap,
  defaultComparison,
} from "@/data/compare";
import { buildGlanceChart } from "@/data/compare-chart";
import { validateDataset, type Dataset } from "@/data/dataset";
import { parseCompareQuery } from "@/data/query-params";
import type { Locale } from "@/data/text/locales";
import { editable, entryOf, makeDataset, makeRawDataset } from "../fixtures/dataset-factory";
import { grownDataset } from "./grown-dataset";

/** The fixture's December 2025 and March 2026 rounds with their labels as an edition of the data in `locale` gives them. */
const LABELS: Record<Exclude<Locale, "en">, [string, string]> = {
  pl: ["Grudzień 2025", "Marzec 2026"],
  ru: ["Декабрь 2025", "Март 2026"],
  be: ["Снежань 2025", "Сакавік 2026"],
};

function labelled(locale: Exclude<Locale, "en">): Dataset {
  const files = editable(makeRawDataset());
  entryOf(files, "rounds", "2025-12").label = LABELS[locale][0];
  entryOf(files, "rounds", "2026-03").label = LABELS[locale][1];
  return validateDataset(files);
}

const exact = (value: number) => ({ value, qualifier: "exact" as const });
const moreThan = (value: number) => ({ value, qualifier: "more-than" as const });
const atLeast = (value: number) => ({ value, qualifier: "at-least" as const });

const COUNTS = [1, 2, 5, 11, 21, 22, 25];

describe("the answer in one sentence, per locale", () => {
  it("Polish: o 127 osób więcej niż…, with the round labels of the Polish data quoted", () => {
    const c = buildComparison("2025-12", "2026-03", labelled("pl"), "pl");
    expect(c.summary).toBe(
      "W rundzie „Marzec 2026” uwolniono o 127 osób więcej niż w rundzie „Grudzień 2025”: 250 wobec 123, czyli mniej więcej dwa razy tyle.",
    );
  });

  it("Russian: на 127 человек больше, чем…", () => {
    expect(buildComparison("2025-12", "2026-03", labelled("ru"), "ru").summary).toBe(
      "В раунде «Март 2026» освободили на 127 человек больше, чем в раунде «Декабрь 2025»: 250 против 123, то есть примерно вдвое больше.",
    );
  });

  it("Belarusian: на 127 чалавек больш, чым…", () => {
    expect(buildComparison("2025-12", "2026-03", labelled("be"), "be").summary).toBe(
      "У раўндзе «Сакавік 2026» вызвалілі на 127 чалавек больш, чым у раўндзе «Снежань 2025»: 250 супраць 123, гэта значыць прыкладна ўдвая больш.",
    );
  });

  it("names all of 2025 as the year's aggregate and says whether the sides overlap", () => {
    const data = labelled("pl");
    const c = buildComparison("2026-03", AGGREGATE_2025, data, "pl");
    expect(c.b.label).toBe("Cały 2025 rok (łącznie)");
    expect(compareSideLabel(AGGREGATE_2025, data, "ru")).toBe("Весь 2025 год (в сумме)");
    expect(c.summary).toBe(
      "W rundzie „Marzec 2026” uwolniono o 56 osób więcej niż w całym 2025 roku (według rocznego zestawienia PISM): 250 wobec 194, czyli mniej więcej 1,3 raza tyle.",
    );
    expect(c.overlap).toBe("Runda „Marzec 2026” wykracza poza okres 2025, więc obie strony się nie pokrywają.");
    expect(c.days).toEqual({
      shown: false,
      reason: "Dane zbiorcze obejmują cały okres, więc nie ma jednej daty, od której można liczyć.",
    });
    expect(buildComparison(AGGREGATE_2025, "2025-12", labelled("ru"), "ru").overlap).toBe(
      "Раунд «Декабрь 2025» входит в число учтённых в итоговом подсчёте PISM за 2025, поэтому стороны пересекаются.",
    );
  });

  describe("agrees with the difference through the catalogues' plural rules", () => {
    const forms: Record<Exclude<Locale, "en">, string[]> = {
      pl: ["o 1 osobę", "o 2 osoby", "o 5 osób", "o 11 osób", "o 21 osób", "o 22 osoby", "o 25 osób"],
      ru: ["на 1 человека", "на 2 человека", "на 5 человек", "на 11 человек", "на 21 человека", "на 22 человека", "на 25 человек"],
      be: ["на 1 чалавека", "на 2 чалавекі", "на 5 чалавек", "на 11 чалавек", "на 21 чалавека", "на 22 чалавекі", "на 25 чалавек"],
    };
    for (const locale of ["pl", "ru", "be"] as const)
      it(locale, () => {
        const sentences = COUNTS.map((n) => {
          const data = makeDataset({
            rounds: [
              { id: "2025-12", released: 10 },
              { id: "2026-03", released: 10 + n },
            ],
          });
          return buildComparison("2025-12", "2026-03", data, locale).summary;
        });
        sentences.forEach((sentence, i) => expect(sentence).toContain(` ${forms[locale][i]} `));
      });
  });
});

describe("differences, ratios and days, per locale", () => {
  it("words the difference with the locale's qualifiers and numbers", () => {
    expect(compareDifference(moreThan(1000), exact(250), "pl")).toMatchObject({ text: "ponad 750", formula: "ponad 1000 − 250 = 750" });
    expect(compareDifference(exact(250), atLeast(12_650), "pl")).toMatchObject({ text: "co najmniej 12\u00a0400" });
    expect(compareDifference(moreThan(100), exact(250), "ru")).toEqual({
      shown: false,
      reason: "более 100 — нижняя граница, поэтому настоящая разница может оказаться меньше или обратной.",
    });
  });

  it("words a ratio with the locale's decimal sign and its reason when there is none", () => {
    expect(compareRatio(exact(52), exact(14), "pl")).toMatchObject({ text: "około 3,7 raza", formula: "52 ÷ 14 ≈ 3,714" });
    expect(compareRatio(exact(52), exact(14), "ru")).toMatchObject({ text: "примерно в 3,7 раза" });
    expect(compareRatio(moreThan(1000), exact(250), "be")).toMatchObject({ text: "больш чым у 4 разы" });
    expect(compareRatio(exact(0), exact(3), "ru")).toEqual({
      shown: false,
      reason: "Одна из сторон равна нулю, поэтому отношение не имеет смысла.",
    });
  });

  it("counts days with the locale's dates and a range where a release date is not settled", () => {
    expect(compareDays("2025-12-13", "2026-03", [], [], "pl")).toMatchObject({
      text: "około 92 dni",
      formula: "13 grudnia 2025 – marzec 2026; datę znaną tylko z dokładnością do miesiąca liczymy jako 15. dzień miesiąca",
    });
    expect(compareDays("2025-12-13", "2026-03-19", [], ["2026-03-20"], "ru")).toMatchObject({
      value: 96,
      text: "96–97 дней",
      formula:
        "13 декабря 2025 г. – 19 марта 2026 г.; дата освобождения не установлена точно (один из источников называет 20 марта 2026 г.), поэтому это от 96 до 97 дней",
    });
  });

  it("gives days the plural form of each count", () => {
    const forms: Record<Exclude<Locale, "en">, string[]> = {
      pl: ["1 dzień", "2 dni", "5 dni", "11 dni", "21 dni", "22 dni", "25 dni"],
      ru: ["1 день", "2 дня", "5 дней", "11 дней", "21 день", "22 дня", "25 дней"],
      be: ["1 дзень", "2 дні", "5 дзён", "11 дзён", "21 дзень", "22 дні", "25 дзён"],
    };
    const day = (n: number) => `2025-01-${String(1 + n).padStart(2, "0")}`;
    for (const locale of ["pl", "ru", "be"] as const) {
      const texts = COUNTS.map((n) => {
        const days = compareDays("2025-01-01", day(n), [], [], locale);
        return days.shown ? days.text : days.reason;
      });
      expect(texts).toEqual(forms[locale]);
    }
  });
});

describe("the side-by-side rows and charts, per locale", () => {
  it("Polish rows: labels, dates, held counts with “ponad 1000” and the reason a cell is empty", () => {
    const c = buildComparison("2025-12", "2026-03", labelled("pl"), "pl");
    expect(c.rows.map((r) => r.label)).toEqual([
      "Uwolnieni",
      "Rozmowy",
      "Data uwolnienia",
      "Wysłannicy USA",
      "Co USA dały w zamian",
      "Dokąd trafili uwolnieni",
      "Więźniowie polityczni nadal przetrzymywani",
      "Znane osoby wśród uwolnionych",
    ]);
    const cell = (id: string, side: 0 | 1) => c.rows.find((r) => r.id === id)!.cells[side];
    expect(cell("release", 0).items.map((i) => i.text)).toEqual(["10 grudnia 2025"]);
    expect(cell("held", 0).items.map((i) => i.text)).toEqual([
      "Przed uwolnieniem: 1197 (1 września 2025)",
      "Po uwolnieniu: ponad 1000 (15 grudnia 2025)",
    ]);
    expect(cell("envoys", 0).empty).toBe("Zweryfikowane źródła ich nie wymieniają.");
    expect(c.days).toMatchObject({ text: "90 dni", formula: "10 grudnia 2025 – 10 marca 2026" });
  });

  it("an aggregate's items name their round in the locale's data", () => {
    const c = buildComparison("2026-03", AGGREGATE_2025, labelled("ru"), "ru");
    const release = c.rows.find((r) => r.id === "release")!.cells[1].items.map((i) => i.text);
    expect(release).toContain("Декабрь 2025: 10 декабря 2025 г.");
    expect(c.rows.find((r) => r.id === "held")!.cells[1].items[0]!.text).toBe("До начала года: 1\u00a0265 (31 декабря 2024 г.)");
  });

  it("the comparison charts are titled, tabulated and described in the locale", () => {
    const data = labelled("pl");
    const c = buildComparison("2025-12", "2026-03", data, "pl");
    expect(c.chart.spec).toMatchObject({ title: "Uwolnieni: Grudzień 2025 i Marzec 2026", unit: "uwolnione osoby" });
    expect(c.chart.table.columns).toEqual(["Strona", "Uwolnieni", "Źródło"]);
    expect(c.chart.textAlternative).toBe(
      "Wykres słupkowy liczby osób uwolnionych po każdej ze stron. Uwolnieni: Grudzień 2025 123; Marzec 2026 250.",
    );
    expect(c.destinationsChart.series.at(-1)!.label).toBe("Bez podziału na miejsca");
    const glance = buildGlanceChart(c, data, "pl");
    expect(glance.categories.slice(0, 3)).toEqual(["Uwolnieni", "Więzieni przed", "Więzieni po"]);
    expect(glance.spec.title).toBe("Grudzień 2025 i Marzec 2026 w skrócie");
    expect(glance.series[1]!.data[2]).toMatchObject({
      text: "brak danych",
      detail: "Brak datowanej liczby z dnia uwolnienia lub późniejszej",
    });
  });
});

describe("the cap rule and the /compare query notices, per locale", () => {
  const big = grownDataset(100);

  it("states the cap rule with the count in the locale's plural", () => {
    expect(comparisonCap(big, "pl")!.rule).toMatch(
      /^Przy 600 rundach nie każda para ma własną stronę: .* ostatnie \d+ rund i cały 2025 rok — ze sobą nawzajem\.$/,
    );
    expect(comparisonCap(big, "ru")!.rule).toMatch(/^При 600 раундах не у каждой пары есть своя страница/);
  });

  it("writes the notices on the server, for the client parser to fill in with what the reader typed", () => {
    const data = makeDataset();
    const texts = compareQueryTexts("pl");
    const { notices } = parseCompareQuery("a=zzz", compareSideIds(data), defaultComparison(data), undefined, texts.words);
    expect(notices).toEqual(["Pominięto a=„zzz”: oczekiwano 2025-02, 2025-04, 2025-06, 2025-09, 2025-12, 2026-03 lub 2025."]);
    const latest = big.rounds.at(-1)!.id;
    const capped = parseCompareQuery(
      `a=2025-02&b=${latest}`,
      compareSideIds(big),
      defaultComparison(big),
      comparableForQuery(big, "ru"),
      compareQueryTexts("ru").words,
    );
    expect(capped.notices[0]).toMatch(new RegExp(`^Нет страницы, сравнивающей «2025-02» и «${latest}»\\. При 600 раундах`));
    expect(
      parseCompareQuery("b=zz", compareSideIds(big), defaultComparison(big), undefined, compareQueryTexts("be").words).notices[0],
    ).toMatch(/^Параметр b=«zz» прапушчаны: чакалася адно з 601 значэння, напрыклад /);
  });

  it("keeps the English notices word for word", () => {
    const data = makeDataset();
    const ids = compareSideIds(data);
    const search = "a=zzz&b=2025-12&a=";
    expect(parseCompareQuery(search, ids, defaultComparison(data), undefined, compareQueryTexts().words).notices).toEqual(
      parseCompareQuery(search, ids, defaultComparison(data)).notices,
    );
  });
});
