// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LanguageSwitcher } from "@/components/language-switcher";
import { SiteHeader } from "@/components/site-header";

const links = (label: string) => within(screen.getByRole("navigation", { name: label })).getAllByRole("link");

describe("LanguageSwitcher", () => {
  it("links the page being read in every language, with hreflang and lang, the current one marked", () => {
    render(<LanguageSwitcher locale="pl" path="/rounds/2025-12" />);
    const all = links("Język");
    expect(all.map((a) => [a.textContent, a.getAttribute("href"), a.getAttribute("hreflang"), a.getAttribute("lang")])).toEqual([
      ["English", "/rounds/2025-12", "en", "en"],
      ["Polski", "/pl/rounds/2025-12", "pl", "pl"],
      ["Беларуская", "/be/rounds/2025-12", "be", "be"],
      ["Русский", "/ru/rounds/2025-12", "ru", "ru"],
    ]);
    expect(all.map((a) => a.getAttribute("aria-current"))).toEqual([null, "page", null, null]);
  });

  it("is named in the page's language: Belarusian and Russian", () => {
    render(<LanguageSwitcher locale="be" path="/" />);
    expect(links("Мова").map((a) => a.getAttribute("href"))).toEqual(["/", "/pl", "/be", "/ru"]);
    expect(links("Мова")[2]?.getAttribute("aria-current")).toBe("page");
    render(<LanguageSwitcher locale="ru" path="/compare/2025-12/2026-03" />);
    expect(links("Язык")[0]?.getAttribute("href")).toBe("/compare/2025-12/2026-03");
  });

  it("on the 404 page, offers each language's dashboard, marking the language without claiming the page", () => {
    render(<LanguageSwitcher locale="en" path="/" current="true" />);
    const all = links("Language");
    expect(all.map((a) => a.getAttribute("href"))).toEqual(["/", "/pl", "/be", "/ru"]);
    expect(all.map((a) => a.getAttribute("aria-current"))).toEqual(["true", null, null, null]);
  });
});

describe("SiteHeader in a language", () => {
  it("keeps the reader's site links in the page's language and shows the switcher it is given", () => {
    render(<SiteHeader locale="ru" languages={<LanguageSwitcher locale="ru" path="/sources" />} />);
    expect(links("Язык").find((a) => a.getAttribute("aria-current") === "page")?.textContent).toBe("Русский");
    const main = within(screen.getByRole("navigation", { name: "Основное меню" })).getAllByRole("link");
    expect(main.map((a) => a.getAttribute("href"))).toEqual(["/ru", "/ru/rounds", "/ru/compare", "/ru/sources"]);
    expect(main.map((a) => a.textContent)).toEqual(["Обзор", "Раунды", "Сравнение", "Источники"]);
  });

  it("in English, keeps every link where it was", () => {
    render(<SiteHeader />);
    const main = within(screen.getByRole("navigation", { name: "Main" })).getAllByRole("link");
    expect(main.map((a) => a.getAttribute("href"))).toEqual(["/", "/rounds", "/compare", "/sources"]);
  });
});
