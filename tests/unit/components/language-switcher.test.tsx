// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

const pathname = vi.hoisted(() => ({ current: "/" }));
vi.mock("next/navigation", () => ({ usePathname: () => pathname.current }));

const { LanguageSwitcher } = await import("@/components/language-switcher");
const { SiteHeader } = await import("@/components/site-header");

afterEach(() => {
  pathname.current = "/";
});

const links = (label: string) => within(screen.getByRole("navigation", { name: label })).getAllByRole("link");

describe("LanguageSwitcher", () => {
  it("links the page being read in every language, with hreflang and lang, the current one marked", () => {
    pathname.current = "/pl/rounds/2025-12";
    render(<LanguageSwitcher label="Język" />);
    const all = links("Język");
    expect(all.map((a) => [a.textContent, a.getAttribute("href"), a.getAttribute("hreflang"), a.getAttribute("lang")])).toEqual([
      ["English", "/rounds/2025-12", "en", "en"],
      ["Polski", "/pl/rounds/2025-12", "pl", "pl"],
      ["Беларуская", "/be/rounds/2025-12", "be", "be"],
      ["Русский", "/ru/rounds/2025-12", "ru", "ru"],
    ]);
    expect(all.map((a) => a.getAttribute("aria-current"))).toEqual([null, "page", null, null]);
  });

  it("offers each language's dashboard where it is told to (the 404 page), marking the language without claiming the page", () => {
    pathname.current = "/no-such-page";
    render(<LanguageSwitcher label="Language" path="/" />);
    const all = links("Language");
    expect(all.map((a) => a.getAttribute("href"))).toEqual(["/", "/pl", "/be", "/ru"]);
    expect(all.map((a) => a.getAttribute("aria-current"))).toEqual(["true", null, null, null]);
  });
});

describe("SiteHeader in a language", () => {
  it("names the switcher in the page's language and keeps the reader's site links in that language", () => {
    pathname.current = "/ru/sources";
    render(<SiteHeader locale="ru" />);
    expect(links("Язык").find((a) => a.getAttribute("aria-current") === "page")?.textContent).toBe("Русский");
    const main = within(screen.getByRole("navigation", { name: "Main" })).getAllByRole("link");
    expect(main.map((a) => a.getAttribute("href"))).toEqual(["/ru", "/ru/rounds", "/ru/compare", "/ru/sources"]);
  });

  it("in English, keeps every link where it was", () => {
    render(<SiteHeader />);
    const main = within(screen.getByRole("navigation", { name: "Main" })).getAllByRole("link");
    expect(main.map((a) => a.getAttribute("href"))).toEqual(["/", "/rounds", "/compare", "/sources"]);
    expect(links("Language").map((a) => a.getAttribute("href"))).toEqual(["/", "/pl", "/be", "/ru"]);
  });
});
