import { describe, expect, it } from "vitest";
import { englishText, TRANSLATED_LOCALES } from "@/data/data-translations";
import { dataset } from "@/data/dataset";
import { readDataFile } from "@/data/load-json";
import { datasetFor } from "@/data/localized";
import { glossary as glossarySchema, type Glossary } from "@/data/schema";

const glossary: Glossary = glossarySchema.parse(readDataFile("translations/glossary"));

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether the English text names the glossary entry: "Lithuania" in "Lithuania's", not in "Lithuanian". */
function names(text: string, name: Glossary["names"][number]): boolean {
  return [name.en, ...(name.match ?? [])].some((spelling) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(spelling)}(?![\\p{L}\\p{N}])`, "u").test(text),
  );
}

/** Every place where English names a glossary entry and the translation has none of that language's stems. */
function inconsistencies(english: string, translated: string, locale: (typeof TRANSLATED_LOCALES)[number]): string[] {
  return glossary.names.filter((n) => names(english, n) && !n[locale].stems.some((stem) => translated.includes(stem))).map((n) => n.en);
}

describe("the glossary", () => {
  it("spells each name once per language, each stem a part of its form", () => {
    const seen = new Set<string>();
    for (const name of glossary.names) {
      expect(seen.has(name.en), name.en).toBe(false);
      seen.add(name.en);
      for (const locale of TRANSLATED_LOCALES) {
        const { form, stems } = name[locale];
        expect(
          stems.some((stem) => form.includes(stem)),
          `${name.en} (${locale}): no stem is in "${form}"`,
        ).toBe(true);
      }
    }
  });

  it("holds the spellings of the sources' own language editions", () => {
    const form = (en: string, locale: (typeof TRANSLATED_LOCALES)[number]) => glossary.names.find((n) => n.en === en)![locale].form;
    expect(["Lukashenka", "Mikalai Statkevich", "Syarhei Tsikhanouski", "Vilnius"].map((n) => form(n, "be"))).toEqual([
      "Лукашэнка",
      "Мікола Статкевіч",
      "Сяргей Ціханоўскі",
      "Вільня",
    ]);
    expect(["Lukashenka", "Mikalai Statkevich", "Syarhei Tsikhanouski", "Vilnius"].map((n) => form(n, "ru"))).toEqual([
      "Лукашенко",
      "Николай Статкевич",
      "Сергей Тихановский",
      "Вильнюс",
    ]);
    expect(["Lukashenka", "Mikalai Statkevich", "Syarhei Tsikhanouski", "Vilnius"].map((n) => form(n, "pl"))).toEqual([
      "Łukaszenka",
      "Mikoła Statkiewicz",
      "Siarhiej Cichanouski",
      "Wilno",
    ]);
  });

  it("finds a name in English only as a whole word and its stem in an inflected form", () => {
    expect(inconsistencies("Statkevich released", "Uwolnienie Statkiewicza", "pl")).toEqual([]);
    expect(inconsistencies("Statkevich released", "Uwolnienie Statkevicha", "pl")).toEqual(["Mikalai Statkevich"]);
    expect(inconsistencies("Lithuanian President Nausėda", "Prezydent Nausėda", "pl")).toEqual([]);
    expect(inconsistencies("Sent to Lithuania", "Вывезены в Вильнюс", "ru")).toEqual(["Lithuania"]);
  });

  it("real dataset: every translation writes the glossary's form of each name its English text contains", () => {
    const english = englishText(dataset);
    const problems: string[] = [];
    for (const locale of TRANSLATED_LOCALES) {
      const translated = englishText(datasetFor(locale));
      for (const [file, entries] of Object.entries(english)) {
        for (const [id, fields] of Object.entries(entries)) {
          fields.forEach((field, i) => {
            const text = translated[file as keyof typeof translated][id]![i]!.english;
            for (const name of inconsistencies(field.english, text, locale))
              problems.push(
                `data/translations/${locale}.json: ${file} "${id}" field "${field.key}": write ${name} as ${glossary.names.find((n) => n.en === name)![locale].form}`,
              );
          });
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
