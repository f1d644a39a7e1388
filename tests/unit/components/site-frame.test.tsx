// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { NotFoundMessage } from "@/components/not-found-message";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";

// The footer reads the dataset module: here the fixture (data dated 1 January 2026, version 1.0.0).
vi.mock("@/data/dataset", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/data/dataset")>();
  const { makeRawDataset } = await import("../fixtures/raw-dataset");
  return { ...real, dataset: real.validateDataset(makeRawDataset()) };
});

// The fixture dataset brings its own translations (the real ones name the real entries).
vi.mock("@/data/localized", async () => (await import("../fixtures/localized-fixture")).fixtureLocalized());

const links = (nav: HTMLElement) =>
  within(nav)
    .getAllByRole("link")
    .map((a) => [a.textContent, a.getAttribute("href")]);

describe("the site's header and footer in each language", () => {
  it("English keeps its words and its addresses", () => {
    render(<SiteHeader />);
    expect(links(screen.getByRole("navigation", { name: "Main" }))).toEqual([
      ["Dashboard", "/"],
      ["Rounds", "/rounds"],
      ["Compare", "/compare"],
      ["Sources", "/sources"],
    ]);
  });

  it("Belarusian: the navigation, the skip link and the title lead to the Belarusian edition", () => {
    render(<SiteHeader locale="be" />);
    expect(links(screen.getByRole("navigation", { name: "Асноўнае меню" }))).toEqual([
      ["Агляд", "/be"],
      ["Раўнды", "/be/rounds"],
      ["Параўнанне", "/be/compare"],
      ["Крыніцы", "/be/sources"],
    ]);
    expect(screen.getByRole("link", { name: "Перайсці да зместу" }).getAttribute("href")).toBe("#main");
    expect(screen.getByRole("link", { name: "Беларусь: палітвязні, вызваленыя пасля перамоў з ЗША" }).getAttribute("href")).toBe("/be");
  });

  it("Polish: the footer dates the data as Polish writes it and links the Polish sources and changes", () => {
    render(<SiteFooter locale="pl" />);
    const footer = screen.getByRole("contentinfo");
    expect(within(footer).getByText("Dane na 1 sty 2026")).toBeTruthy();
    expect(footer.textContent).toContain("(wersja zbioru danych 1.0.0).");
    expect(footer.textContent).toContain(". Licencja: Creative Commons Attribution 4.0.");
    expect(within(footer).getByRole("link", { name: "stronie źródeł" }).getAttribute("href")).toBe("/pl/sources");
    expect(within(footer).getByRole("link", { name: "Co się zmieniło" }).getAttribute("href")).toBe("/pl/changes");
    expect(within(footer).getByRole("link", { name: "Kanał Atom ze zmianami" }).getAttribute("href")).toBe("/feed.xml");
  });

  it("Russian 404: its words, and ways back into the Russian edition", () => {
    render(<NotFoundMessage locale="ru" />);
    expect(screen.getByRole("heading", { level: 1, name: "Страница не найдена" })).toBeTruthy();
    expect(screen.getByText("По этому адресу нет ни раунда, ни графика, ни страницы.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Вернуться к обзору" }).getAttribute("href")).toBe("/ru");
    expect(screen.getByRole("link", { name: "все источники" }).getAttribute("href")).toBe("/ru/sources");
  });
});
