import { describe, expect, it } from "vitest";
import { languageAlternates, languageLinks, localePath, pageAlternates, splitLocalePath, X_DEFAULT } from "@/data/text/locale-path";
import { t } from "@/data/text/translate";

describe("localePath: each language's copy of a page", () => {
  it("keeps English paths unchanged and puts the others under their prefix", () => {
    expect(localePath("en", "/")).toBe("/");
    expect(localePath("en", "/rounds/2025-12")).toBe("/rounds/2025-12");
    expect(localePath("pl", "/")).toBe("/pl");
    expect(localePath("be", "/charts/releases-by-round")).toBe("/be/charts/releases-by-round");
    expect(localePath("ru", "/compare/2025-12/2026-03")).toBe("/ru/compare/2025-12/2026-03");
    expect(localePath("pl", "embed/releases-by-round")).toBe("/pl/embed/releases-by-round");
  });

  it("splits a path into its language and the page below the prefix", () => {
    expect(splitLocalePath("/")).toEqual({ locale: "en", path: "/" });
    expect(splitLocalePath("/rounds")).toEqual({ locale: "en", path: "/rounds" });
    expect(splitLocalePath("/pl")).toEqual({ locale: "pl", path: "/" });
    expect(splitLocalePath("/ru/compare/2025-12/2026-03")).toEqual({ locale: "ru", path: "/compare/2025-12/2026-03" });
    // a static host's other spellings of the same page
    expect(splitLocalePath("/be/rounds.html")).toEqual({ locale: "be", path: "/rounds" });
    expect(splitLocalePath("/pl/")).toEqual({ locale: "pl", path: "/" });
    expect(splitLocalePath("/index.html")).toEqual({ locale: "en", path: "/" });
    // "en" is no prefix, and a page whose name starts like a language is English
    expect(splitLocalePath("/en/rounds")).toEqual({ locale: "en", path: "/en/rounds" });
    expect(splitLocalePath("/plans")).toEqual({ locale: "en", path: "/plans" });
  });

  it("round-trips every page of every language", () => {
    for (const path of ["/", "/rounds", "/charts/held-over-time", "/compare/2025/2025-12"]) {
      for (const locale of ["en", "pl", "be", "ru"] as const) expect(splitLocalePath(localePath(locale, path))).toEqual({ locale, path });
    }
  });
});

describe("hreflang alternates", () => {
  it("name the page in every language, with x-default on the English page", () => {
    expect(languageAlternates("/rounds/2025-12")).toEqual({
      en: "/rounds/2025-12",
      pl: "/pl/rounds/2025-12",
      be: "/be/rounds/2025-12",
      ru: "/ru/rounds/2025-12",
      [X_DEFAULT]: "/rounds/2025-12",
    });
    expect(languageAlternates("/")).toEqual({ en: "/", pl: "/pl", be: "/be", ru: "/ru", "x-default": "/" });
  });

  it("keep the page's canonical address in the page's language, whether its own path or one it names", () => {
    expect(pageAlternates("pl", "/sources")).toEqual({ canonical: "/pl/sources", languages: languageAlternates("/sources") });
    expect(pageAlternates("en", "/sources").canonical).toBe("/sources");
    // /compare names its default comparison as canonical; its alternates stay the picker's own copies
    const compare = pageAlternates("ru", "/compare", "/compare/2025-12/2026-03");
    expect(compare.canonical).toBe("/ru/compare/2025-12/2026-03");
    expect(compare.languages.be).toBe("/be/compare");
  });
});

describe("the language switcher's links", () => {
  it("offer the same page in every language, each named in its own, the language being read marked", () => {
    expect(languageLinks("/be/charts/held-over-time")).toEqual([
      { locale: "en", name: "English", href: "/charts/held-over-time", current: false },
      { locale: "pl", name: "Polski", href: "/pl/charts/held-over-time", current: false },
      { locale: "be", name: "Беларуская", href: "/be/charts/held-over-time", current: true },
      { locale: "ru", name: "Русский", href: "/ru/charts/held-over-time", current: false },
    ]);
    expect(languageLinks("/").map((l) => [l.href, l.current])).toEqual([
      ["/", true],
      ["/pl", false],
      ["/be", false],
      ["/ru", false],
    ]);
  });

  it("its name comes from the catalogues in the page's language", () => {
    expect(t("en", "locale.switcher")).toBe("Language");
    expect(t("pl", "locale.switcher")).toBe("Język");
    expect(t("be", "locale.switcher")).toBe("Мова");
    expect(t("ru", "locale.switcher")).toBe("Язык");
  });
});
