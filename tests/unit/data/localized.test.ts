import { describe, expect, it } from "vitest";
import { englishText, validateTranslations } from "@/data/data-translations";
import { dataset, DatasetError, validateDataset } from "@/data/dataset";
import { datasetFor } from "@/data/localized";
import { appendRound, makeDataset, makeRawDataset, makeTranslations } from "../fixtures/dataset-factory";

const byId = <T extends { id: string }>(list: T[], id: string) => list.find((e) => e.id === id)!;

describe("datasetFor", () => {
  it("gives English readers the dataset itself", () => {
    expect(datasetFor("en")).toBe(dataset);
  });

  it("builds each language once: the same object on every call", () => {
    expect(datasetFor("pl")).toBe(datasetFor("pl"));
    expect(datasetFor("ru")).not.toBe(datasetFor("pl"));
  });

  it("real dataset: Polish, Belarusian and Russian labels, titles and summaries", () => {
    const pl = datasetFor("pl");
    const be = datasetFor("be");
    const ru = datasetFor("ru");
    expect(byId(pl.figures, "released-2025-12-pism").label).toBe("Więźniowie polityczni uwolnieni po piątej rundzie");
    expect(byId(be.headlines, "still-held").title).toBe("Застаюцца за кратамі");
    expect(byId(ru.series, "held").title).toBe("Политзаключенные, остающиеся за решеткой в Беларуси («Вясна»)");
    expect(byId(pl.rounds, "2025-06").notable.map((n) => n.name)).toEqual(["Siarhiej Cichanouski", "Cudzoziemcy"]);
    expect(byId(be.events, "statkevich-2026-02-19").label).toBe("Статкевіч вызвалены");
    expect(ru.meta.title).toBe("Освобождение политзаключенных в Беларуси после американо-белорусских переговоров, 2025–2026");
    expect(byId(ru.discrepancies, "held-2026-03-latest").title).toContain("1\u00a0140");
    expect(byId(pl.discrepancies, "held-2026-03-latest").title).toContain("1140 (Wiasna, 5 marca 2026 r.)");
  });

  it("real dataset: every language keeps the quotes, values, ids, dates, sources and order untouched", () => {
    for (const locale of ["pl", "be", "ru"] as const) {
      const data = datasetFor(locale);
      const facts = (d: typeof dataset) => ({
        figures: d.figures.map(({ id, value, qualifier, stated, quote, sourceId, refersTo: { from, to }, roundId, role }) => [
          id,
          value,
          qualifier,
          stated,
          quote,
          sourceId,
          from,
          to,
          roundId,
          role,
        ]),
        rounds: d.rounds.map((r) => [r.id, r.release, r.talks?.from, r.talks?.evidence, r.envoys.map((e) => e.evidence)]),
        events: d.events.map((e) => [e.id, e.date, e.evidence, e.figureId]),
        discrepancies: d.discrepancies.map((x) => [x.id, x.evidence, x.figures, x.rounds]),
        series: d.series.map((s) => [s.id, s.points, s.unit]),
        sources: d.sources.map((s) => ({ ...s, curationNotes: [] })),
        meta: [d.meta.version, d.meta.updated, d.meta.licence, d.meta.changelog.map((c) => [c.version, c.date])],
      });
      expect(facts(data), locale).toEqual(facts(dataset));
    }
  });

  it("real dataset: every translated field differs from English where English is more than a name or a number", () => {
    const unchanged: string[] = [];
    for (const locale of ["pl", "be", "ru"] as const) {
      const english = englishText(dataset);
      const translated = englishText(datasetFor(locale));
      for (const [file, entries] of Object.entries(english)) {
        for (const [id, fields] of Object.entries(entries)) {
          fields.forEach((field, i) => {
            const text = translated[file as keyof typeof translated][id]![i]!.english;
            if (text === field.english && /[a-z]{4,}\s+[a-z]{3,}/i.test(field.english) && !/^[A-Z]\w+ [A-Z]/.test(field.english))
              unchanged.push(`${locale} ${file} ${id} ${field.key}`);
          });
        }
      }
    }
    expect(unchanged).toEqual([]);
  });

  it("fails when an English entry is added without its translations, naming file, entry, field and locale", () => {
    const before = makeDataset();
    const after = validateDataset(appendRound(makeRawDataset(), { id: "2026-09", released: 7 }) as never);
    let problems: string[] = [];
    try {
      validateTranslations(after, makeTranslations(before));
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      problems = error.problems;
    }
    expect(problems).toContain(
      'data/translations/pl.json: entry "released-2026-09" (data/figures.json): field "label": missing the Polish translation: add it',
    );
    expect(problems).toContain(
      'data/translations/ru.json: entry "2026-09" (data/rounds.json): field "label": missing the Russian translation: add it',
    );
    expect(problems).toContain(
      'data/translations/be.json: entry "2026-09" (data/rounds.json): field "label": missing the Belarusian translation: add it',
    );
    expect(problems.every((p) => p.includes("2026-09"))).toBe(true);
  });
});
