import { describe, expect, it } from "vitest";
import { buildChartModel, gapText, heldAroundPhrase, latestHeldSentence } from "@/data/chart-data";
import { getChartSpec } from "@/data/chart-specs";
import { heldAround } from "@/data/derive";
import { t } from "@/data/text/translate";
import { BOUND_ONLY_NEAR_DECEMBER, makeDataset } from "../fixtures/dataset-factory";

/** Six rounds and five held counts of the fixture's own (tests/unit/fixtures/raw-dataset.ts); labels stay the fixture's. */
const fixture = makeDataset();
const NBSP = "\u00a0";

describe("chart models in Polish, Russian and Belarusian", () => {
  it("Polish: the spec, takeaway, table and text alternative of releases by round", () => {
    const model = buildChartModel("releases-by-round", fixture, {}, "pl");
    expect(model.locale).toBe("pl");
    expect(model.spec.title).toBe("Osoby uwolnione po każdej rundzie rozmów amerykańsko-białoruskich");
    expect(model.spec.caption).toBe(
      "Jeden słupek na rundę (February 2025 – March 2026) z liczbą, którą dla tej rundy podaje cytowane źródło.",
    );
    expect(model.takeaway).toBe("Największe uwolnienie w jednej rundzie: 250 (March 2026); 6 rund daje łącznie 443.");
    expect(model.table.columns).toEqual(["Runda", "Data uwolnienia", "Uwolnieni", "Źródło"]);
    expect(model.table.rows[0]).toEqual(["February 2025", "10 lutego 2025", "3", "Fixture News, 1 sty 2025"]);
    expect(model.series[0]!.label).toBe("Uwolnieni");
    expect(model.textAlternative).toMatch(/^Wykres słupkowy liczby osób uwolnionych w każdej rundzie\. Uwolnieni: February 2025 3;/);
    expect(model.words?.lowerBoundLegend).toBe("dolna granica (ponad)");
  });

  it("Polish: a lower bound is written “ponad 1000”, never a plain 1000, in the held counts", () => {
    const model = buildChartModel("held-over-time", fixture, {}, "pl");
    const texts = model.series.flatMap((s) => s.data.map((d) => d.text));
    expect(texts).toContain("ponad 1000");
    expect(texts).not.toContain("1000");
    expect(model.table.columns).toEqual(["Data", "Przetrzymywani", "Kto liczył", "Źródło"]);
    expect(model.table.rows.map((r) => r[0])).toContain("15 grudnia 2025");
    expect(model.takeaway).toBe(
      "Według Wiasny 31 grudnia 2024 liczba więźniów politycznych wynosiła 1265, a 31 stycznia 2026 – 1158; w tym czasie " +
        "odbyło się 5 rund uwolnień; w źródłach nie ma zestawienia z okresu po uwolnieniach w ostatniej rundzie (March 2026, 10 marca 2026).",
    );
  });

  it("Russian: the cumulative chart's takeaway counts the gap to PISM's total, and numbers group with a space", () => {
    const model = buildChartModel("cumulative-releases", fixture, {}, "ru");
    expect(model.takeaway).toBe("В сумме раунды дают 443; раунды 2025 года — 193, на 1 меньше, чем указанный PISM итог за 2025 год (194).");
    expect(model.series.map((s) => s.label)).toEqual(["Нарастающий итог раундов", "Итог PISM за 2025 год"]);
    expect(model.series[0]!.data[0]!.detail).toBe("Вычислено: 3 = 3");
    expect(model.series[0]!.data[0]!.sources).toEqual(["Вычислено из чисел по раундам"]);
    const held = buildChartModel("held-over-time", fixture, {}, "ru");
    expect(held.table.rows[0]!.slice(0, 2)).toEqual(["31 декабря 2024 г.", `1${NBSP}265`]);
    expect(latestHeldSentence(fixture, "ru")).toBe(
      `Последний датированный подсчёт — 1${NBSP}158 (31 января 2026 г.); он сделан за 38 дней до освобождений по итогам раунда (March 2026). ` +
        "Подсчётов после освобождений по итогам последнего раунда (March 2026, 10 марта 2026 г.) в источниках нет.",
    );
  });

  it("Belarusian: released against held, with each held count's distance from the release in words", () => {
    const model = buildChartModel("released-vs-held", makeDataset({ held: BOUND_ONLY_NEAR_DECEMBER }), {}, "be");
    expect(model.spec.title).toBe("Вызваленыя ў кожным раўндзе побач з колькасцю тых, хто застаецца за кратамі");
    expect(model.table.columns[2]).toBe("Застаюцца за кратамі (найбліжэйшы датаваны падлік)");
    expect(model.table.rows[0]![2]).toBe("1244 (1 лютага 2025 г., за 9 дзён да вызвалення)");
    expect(model.table.rows[1]![2]).toBe("няма датаванага падліку ў межах 60 дзён");
    expect(model.series[1]!.data[1]).toMatchObject({ y: null, text: "няма датаванага падліку" });
    expect(model.series[1]!.data.map((d) => d.text)).toContain("больш за 1000");
  });

  it("English stays as it was: the spec list keeps its caption's slot, and a model built for “en” equals the default", () => {
    expect(getChartSpec("releases-by-round").caption).toContain("{rounds}");
    expect(buildChartModel("released-vs-held", fixture, {}, "en")).toEqual(buildChartModel("released-vs-held", fixture));
    expect(heldAroundPhrase(heldAround("2025-02-10", "held", fixture)!)).toBe("9 days before the release");
  });
});

describe("plural forms through the real catalogues (1, 2, 5, 11, 21, 22, 25)", () => {
  const counts = [1, 2, 5, 11, 21, 22, 25];
  const forms = (key: "chart.days" | "chart.weeks", locale: "pl" | "be" | "ru") => counts.map((count) => t(locale, key, { count }));

  it("days", () => {
    expect(forms("chart.days", "pl")).toEqual(["1 dzień", "2 dni", "5 dni", "11 dni", "21 dni", "22 dni", "25 dni"]);
    expect(forms("chart.days", "ru")).toEqual(["1 день", "2 дня", "5 дней", "11 дней", "21 день", "22 дня", "25 дней"]);
    expect(forms("chart.days", "be")).toEqual(["1 дзень", "2 дні", "5 дзён", "11 дзён", "21 дзень", "22 дні", "25 дзён"]);
  });

  it("weeks, as the latest count's gap before a round reads them", () => {
    expect(forms("chart.weeks", "pl")).toEqual([
      "1 tydzień",
      "2 tygodnie",
      "5 tygodni",
      "11 tygodni",
      "21 tygodni",
      "22 tygodnie",
      "25 tygodni",
    ]);
    expect(forms("chart.weeks", "ru")).toEqual(["1 неделю", "2 недели", "5 недель", "11 недель", "21 неделю", "22 недели", "25 недель"]);
    expect(forms("chart.weeks", "be")).toEqual(["1 тыдзень", "2 тыдні", "5 тыдняў", "11 тыдняў", "21 тыдзень", "22 тыдні", "25 тыдняў"]);
    expect(counts.map((n) => gapText(n * 7, "ru"))).toEqual(forms("chart.weeks", "ru"));
    expect(gapText(10, "pl")).toBe("10 dni");
  });

  it("rounds added up, with the verb agreeing", () => {
    const verbs = (locale: "pl" | "be" | "ru") =>
      counts.map((count) => t(locale, "chart.byRoundTakeaway", { round: "R", largest: "9", count, total: "99" }).split("; ")[1]);
    expect(verbs("pl")).toEqual([
      "1 runda daje łącznie 99.",
      "2 rundy dają łącznie 99.",
      "5 rund daje łącznie 99.",
      "11 rund daje łącznie 99.",
      "21 rund daje łącznie 99.",
      "22 rundy dają łącznie 99.",
      "25 rund daje łącznie 99.",
    ]);
    expect(verbs("ru")).toEqual([
      "1 раунд даёт в сумме 99.",
      "2 раунда дают в сумме 99.",
      "5 раундов дают в сумме 99.",
      "11 раундов дают в сумме 99.",
      "21 раунд даёт в сумме 99.",
      "22 раунда дают в сумме 99.",
      "25 раундов дают в сумме 99.",
    ]);
    expect(verbs("be")).toEqual([
      "1 раўнд дае разам 99.",
      "2 раўнды даюць разам 99.",
      "5 раўндаў даюць разам 99.",
      "11 раўндаў даюць разам 99.",
      "21 раўнд дае разам 99.",
      "22 раўнды даюць разам 99.",
      "25 раўндаў даюць разам 99.",
    ]);
  });

  it("a held count's days before or after a release", () => {
    const phrase = (locale: "pl" | "be" | "ru", relation: "before" | "after") =>
      counts.map((days) => t(locale, "chart.heldDays", { days, relation }));
    expect(phrase("ru", "before")).toEqual([
      "за 1 день до освобождения",
      "за 2 дня до освобождения",
      "за 5 дней до освобождения",
      "за 11 дней до освобождения",
      "за 21 день до освобождения",
      "за 22 дня до освобождения",
      "за 25 дней до освобождения",
    ]);
    expect(phrase("pl", "after")).toEqual([
      "1 dzień po uwolnieniu",
      "2 dni po uwolnieniu",
      "5 dni po uwolnieniu",
      "11 dni po uwolnieniu",
      "21 dni po uwolnieniu",
      "22 dni po uwolnieniu",
      "25 dni po uwolnieniu",
    ]);
    expect(phrase("be", "after")).toEqual([
      "праз 1 дзень пасля вызвалення",
      "праз 2 дні пасля вызвалення",
      "праз 5 дзён пасля вызвалення",
      "праз 11 дзён пасля вызвалення",
      "праз 21 дзень пасля вызвалення",
      "праз 22 дні пасля вызвалення",
      "праз 25 дзён пасля вызвалення",
    ]);
  });
});
