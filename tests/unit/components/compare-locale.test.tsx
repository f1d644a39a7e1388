import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import * as comparePairPage from "@/app/(site)/compare/[a]/[b]/page";
import CompareIndexPage, * as compareIndexPage from "@/app/(site)/compare/page";
import { ComparePage } from "@/components/compare/compare-page";
import { ComparePicker } from "@/components/compare/compare-picker";
import { EveryPair } from "@/components/compare/every-pair";
import { SameSideMessage } from "@/components/compare/same-side-message";
import { compareSideLabel } from "@/data/compare";
import { dataset } from "@/data/dataset";
import { datasetFor } from "@/data/localized";
import type { Locale } from "@/data/text/locales";

// The components read the dataset module: here the fixture dataset grown 100× (600 rounds), so that pairs are capped.
vi.mock("@/data/dataset", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/data/dataset")>();
  const { growDataset } = await import("../../../scripts/grow-dataset.mjs");
  const { makeRawDataset } = await import("../fixtures/raw-dataset");
  const raw = makeRawDataset();
  return { ...real, dataset: real.validateDataset({ ...raw, ...growDataset(raw, 100) }) };
});

// …and its translations are the fixture's ("[pl] March 2026"…), built for that dataset.
vi.mock("@/data/localized", async () => {
  const { dataset } = await import("@/data/dataset");
  const { validateTranslations } = await import("@/data/data-translations");
  const { makeTranslations } = await import("../fixtures/dataset-factory");
  const translated = validateTranslations(dataset, makeTranslations(dataset));
  return { datasetFor: (locale: Locale) => (locale === "en" ? dataset : translated[locale]) };
});

/** A side's name as the page in `locale` writes it (round labels from that locale's data). */
const label = (id: string, locale: Locale) => compareSideLabel(id, datasetFor(locale), locale);

/** The markup as text a reader sees: tags and comments dropped, entities decoded. */
const text = (html: string) =>
  html
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("the comparison page in Polish", () => {
  const html = renderToStaticMarkup(<ComparePage a="2025-12" b="2026-03" locale="pl" />);

  it("answers first, in Polish, with the figures' words and numbers as Polish writes them", () => {
    expect(html).toContain(
      `data-compare-summary="true">W rundzie „${label("2026-03", "pl")}” uwolniono o 127 osób więcej niż w rundzie „${label("2025-12", "pl")}”: 250 wobec 123, czyli mniej więcej dwa razy tyle.</p>`,
    );
    for (const term of ["Odpowiedź", "Różnica", "Iloraz", "Dni między uwolnieniami", "Obok siebie", "Wszystkie szczegóły:"])
      expect(text(html)).toContain(term);
    expect(text(html)).toContain("Obliczono: 250 − 123 = 127");
    expect(text(html)).toContain("Po uwolnieniu: ponad 1000 (15 grudnia 2025)");
    expect(html).toContain('aria-label="W skrócie"');
  });

  it("keeps machine-facing attributes in English", () => {
    expect(html).toContain('data-computed="Difference"');
    expect(html).toContain('data-compare-row="held"');
  });

  it("offers the picker in Polish, with the cap rule and its link to every round", () => {
    expect(html).toContain('aria-label="Wybierz, co porównać"');
    for (const label of ["Lewa strona", "Prawa strona", "(druga strona)", "⇄ Zamień strony"]) expect(text(html)).toContain(label);
    expect(text(html)).toContain("Przy 600 rundach nie każda para ma własną stronę");
    expect(html).toMatch(/Każda runda jest na <a href="\/pl\/rounds" class="[^"]+">liście wszystkich 600 rund<\/a>, a strona każdej rundy/);
  });
});

describe("the comparison parts in Russian and Belarusian", () => {
  it("Russian: one side twice says so and offers the nearest other side", () => {
    const html = renderToStaticMarkup(<SameSideMessage side="2025-12" locale="ru" />);
    expect(text(html)).toContain(`${label("2025-12", "ru")} — с обеих сторон, поэтому сравнивать нечего.`);
    expect(html).toMatch(/или сравните с: <a href="\/ru\/compare\/2025-12\/[^"]+" class="[^"]+">[^<]+<\/a>\./);
  });

  it("Russian: every pair of the latest rounds, each link named for a screen reader", () => {
    const html = renderToStaticMarkup(<EveryPair locale="ru" />);
    expect(text(html)).toContain("Все пары последних раундов");
    expect(html).toContain("списке всех 600 раундов</a>.");
    expect(html).toMatch(/aria-label="Сравнить: [^"]+ и Весь 2025 год \(в сумме\)"/);
  });

  it("Belarusian: the picker and its cap rule", () => {
    const html = renderToStaticMarkup(<ComparePicker a="2025-12" b="2026-03" locale="be" />);
    expect(html).toContain('aria-label="Выберыце, што параўнаць"');
    expect(text(html)).toContain("Пры 600 раўндах не ў кожнай пары ёсць свая старонка");
    expect(html).toContain("спісе ўсіх 600 раўндаў</a>");
    expect(text(html)).toContain("Левы бок");
  });

  it("English stays as it was", () => {
    const html = renderToStaticMarkup(<ComparePicker a="2025-12" b="2026-03" />);
    expect(text(html)).toContain(
      "With 600 rounds, not every pair has its own page: each round is compared with the rounds just before and after it",
    );
    expect(html).toContain("the list of all 600 rounds</a>, and each round&#x27;s page links its comparisons");
  });
});

describe("the compare pages' metadata per locale", () => {
  it("titles a pair and describes it with the answer", async () => {
    const meta = await comparePairPage.generateMetadata({ params: Promise.resolve({ a: "2025-12", b: "2026-03", locale: "ru" }) });
    expect(meta.title).toBe(`${label("2025-12", "ru")} и ${label("2026-03", "ru")}: сравнение`);
    expect(meta.description).toContain(`В раунде «${label("2026-03", "ru")}» освободили на 127 человек больше`);
    const same = await comparePairPage.generateMetadata({ params: Promise.resolve({ a: "2025-12", b: "2025-12", locale: "be" }) });
    expect(same.title).toBe(`${label("2025-12", "be")} з абодвух бакоў`);
  });

  it("titles /compare and renders its default comparison in the locale", async () => {
    const meta = await compareIndexPage.generateMetadata({ params: Promise.resolve({ locale: "pl" }) });
    expect(meta.title).toBe("Porównaj rundy");
    expect(meta.description).toMatch(/^Dowolne dwie rundy uwolnień obok siebie, każda liczba ze źródłem; domyślnie /);
    const html = renderToStaticMarkup(await CompareIndexPage({ params: Promise.resolve({ locale: "pl" }) }));
    expect(text(html)).toContain("Wszystkie pary ostatnich rund");
    expect(dataset.rounds).toHaveLength(600);
  });
});
