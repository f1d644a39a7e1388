import { describe, expect, it } from "vitest";
import { englishText, keySegment, validateTranslations, type RawTranslations } from "@/data/data-translations";
import { DatasetError, validateDataset, type Dataset } from "@/data/dataset";
import { editable, entriesOf, makeDataset, makeRawDataset, makeRound, makeTranslations } from "../fixtures/dataset-factory";

function problemsOf(data: Dataset, raw: RawTranslations): string[] {
  try {
    validateTranslations(data, raw);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  return [];
}

/** Complete fixture translations with one edit applied to them. */
function edited(data: Dataset, edit: (files: ReturnType<typeof makeTranslations>) => void): RawTranslations {
  const files = structuredClone(makeTranslations(data));
  edit(files);
  return files;
}

describe("which data fields are translated", () => {
  it("takes every label, title, summary, description and note a reader sees, keyed by stable paths", () => {
    const files = editable(makeRawDataset());
    entriesOf(files, "rounds")[0] = makeRound("2025-02", {
      talks: { from: "2025-02-10", place: "Minsk", summary: "Talks.", evidence: [{ sourceId: "fixture-source", quote: "They met." }] },
      envoys: [{ name: "Christopher W. Smith", role: "US envoy", evidence: [{ sourceId: "fixture-source", quote: "Smith came." }] }],
      notable: [{ name: "One US citizen", description: "a citizen", evidence: [{ sourceId: "fixture-source", quote: "An American." }] }],
      notes: ["A note."],
    }) as never;
    const round = englishText(validateDataset(files as never)).rounds["2025-02"]!;
    expect(round.map((f) => f.key)).toEqual([
      "label",
      "talks.place",
      "talks.summary",
      "envoys.christopher-w-smith.name",
      "envoys.christopher-w-smith.role",
      "inReturn.summary",
      "destinations.summary",
      "notable.one-us-citizen.name",
      "notable.one-us-citizen.description",
      "notes.0",
    ]);
  });

  it("never takes quotes, ids, URLs, dates, publishers, source titles or stated numbers", () => {
    const text = englishText(makeDataset());
    const all = Object.values(text).flatMap((entries) => Object.values(entries).flat());
    const data = makeDataset();
    const untranslatable = [
      ...data.figures.flatMap((f) => [f.quote, f.stated, f.id, f.refersTo.from]),
      ...data.sources.flatMap((s) => [s.publisher, s.title, s.url]),
      ...data.rounds.flatMap((r) => r.release.evidence.map((e) => e.quote)),
    ];
    for (const field of all) expect(untranslatable).not.toContain(field.english);
    expect(text.figures["released-2025-12"]!.map((f) => f.key)).toEqual(["label"]);
    expect(text.meta.meta!.map((f) => f.key)).toEqual(["title", "curation", "changelog.1-0-0.summary", "changelog.1-0-0.added.0"]);
  });

  it("keys named list items by their English name in kebab case", () => {
    expect(keySegment("Christopher W. Smith")).toBe("christopher-w-smith");
    expect(keySegment("Nausėda's 14 foreign nationals")).toBe("nauseda-s-14-foreign-nationals");
  });
});

describe("translations of the data", () => {
  it("replace every translatable field and nothing else", () => {
    const data = makeDataset();
    const { pl, ru } = validateTranslations(data, makeTranslations(data));
    expect(pl.figures.find((f) => f.id === "released-2025-12")!.label).toBe("[pl] Prisoners released in December 2025");
    expect(ru.headlines.map((h) => h.title)).toEqual(data.headlines.map((h) => `[ru] ${h.title}`));
    expect(pl.meta.changelog[0]!.added).toEqual(["[pl] Every fixture entry."]);
    expect(pl.figures.map((f) => [f.id, f.value, f.quote, f.stated])).toEqual(data.figures.map((f) => [f.id, f.value, f.quote, f.stated]));
    expect(pl.sources).toEqual(data.sources);
  });

  it("fail on a missing translation, naming the translation file, the entry, the data file, the field and the locale", () => {
    const data = makeDataset();
    const raw = edited(data, (files) => {
      delete (files.pl.figures!["released-2025-12"] as Record<string, string>).label;
      delete files.be.meta!.title;
    });
    expect(problemsOf(data, raw)).toEqual([
      'data/translations/pl.json: entry "released-2025-12" (data/figures.json): field "label": missing the Polish translation: add it',
      'data/translations/be.json: data/meta.json: field "title": missing the Belarusian translation: add it',
    ]);
  });

  it("fail when an English entry is added without its translations", () => {
    const files = editable(makeRawDataset());
    entriesOf(files, "headlines").push({ id: "new-card", title: "Released in the new round", figureId: "released-2026-03" });
    const before = makeDataset();
    const after = validateDataset(files as never);
    const problems = problemsOf(after, makeTranslations(before));
    expect(problems).toEqual(
      (["pl", "be", "ru"] as const).map(
        (locale) =>
          `data/translations/${locale}.json: entry "new-card" (data/headlines.json): field "title": missing the ${{ pl: "Polish", be: "Belarusian", ru: "Russian" }[locale]} translation: add it`,
      ),
    );
  });

  it("fail on a stale translation of an entry or a field that English does not have", () => {
    const data = makeDataset();
    const raw = edited(data, (files) => {
      files.ru.figures!["released-1999-01"] = { label: "Освобождены" };
      files.ru.figures!["released-2025-12"]!.note = "Примечание";
      files.pl.meta!["changelog.9-9-9.summary"] = "Wydanie";
    });
    expect(problemsOf(data, raw)).toEqual([
      'data/translations/pl.json: data/meta.json: field "changelog.9-9-9.summary": no such field in English (a stale translation): remove it, or fix its key',
      'data/translations/ru.json: entry "released-1999-01" (data/figures.json): no such entry in data/figures.json (a stale translation): remove it, or fix its id',
      'data/translations/ru.json: entry "released-2025-12" (data/figures.json): field "note": no such field in English (a stale translation): remove it, or fix its key',
    ]);
  });

  it("hold a label to the English field's length limit and word length", () => {
    const data = makeDataset();
    const raw = edited(data, (files) => {
      files.pl.headlines!["still-held"]!.title = "Nadal przetrzymywani w więzieniach, według najnowszych danych obrońców praw człowieka";
      files.be.rounds!["2025-02"]!.label = "Люты-2025-калі-вызвалілі-палітвязняў";
    });
    expect(problemsOf(data, raw)).toEqual([
      'data/translations/pl.json: entry "still-held" (data/headlines.json): field "title": the Polish translation is 85 characters long; at most 60 fit a headline card: shorten it',
      'data/translations/be.json: entry "2025-02" (data/rounds.json): field "label": the Belarusian translation has a word longer than 30 characters, which cannot wrap and would widen the page: add spaces or shorten it',
    ]);
  });

  it("fail on an empty translation or a translation file of the wrong shape", () => {
    const data = makeDataset();
    const raw = edited(data, (files) => {
      files.ru.headlines!["still-held"]!.title = " ";
      (files.be as Record<string, unknown>).figurez = {};
    });
    const problems = problemsOf(data, raw);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^data\/translations\/be\.json: field "\(file\)": Unrecognized key: "figurez"/);
    expect(problems[1]).toMatch(/^data\/translations\/ru\.json: field "headlines\.still-held\.title": /);
  });
});

describe("names that parts are matched by", () => {
  it("fail when one destination is translated two ways, since parts from different sources are matched by it", () => {
    const data = makeDataset();
    const raw = edited(data, (files) => {
      files.pl.figures!["sent-2026-03-0"]!.group = "Republika Litewska";
    });
    expect(problemsOf(data, raw)).toEqual([
      'data/translations/pl.json: entry "sent-2026-03-0" (data/figures.json): field "group": "Lithuania" is translated "Republika Litewska" here but "[pl] Lithuania" in entry "sent-2025-12-1" (data/figures.json): write it the same way, since parts are matched by this name',
    ]);
  });
});
