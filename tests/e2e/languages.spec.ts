import { expect, test } from "@playwright/test";
import { formatFigure } from "@/data/format-figure";
import { datasetFor } from "@/data/localized";
import { siteUrl } from "@/data/site";
import { languageAlternates, localePath } from "@/data/text/locale-path";
import { LOCALE_NAMES, LOCALES, PREFIXED_LOCALES } from "@/data/text/locales";

/** Every page type, by its path below the language prefix. */
const PAGE_TYPES = [
  ["dashboard", "/"],
  ["rounds index", "/rounds"],
  ["round", "/rounds/2025-12"],
  ["compare picker", "/compare"],
  ["compare", "/compare/2025-12/2026-03"],
  ["chart", "/charts/held-over-time"],
  ["sources", "/sources"],
  ["changes", "/changes"],
] as const;

const SWITCHER = { en: "Language", pl: "Język", be: "Мова", ru: "Язык" } as const;

test.describe("each page type in each language", () => {
  for (const locale of LOCALES) {
    for (const [type, path] of PAGE_TYPES) {
      const url = localePath(locale, path);
      test(`${type} in ${locale} (${url}): <html lang>, hreflang alternates with x-default, the switcher`, async ({ page }) => {
        const response = await page.goto(url);
        expect(response?.status()).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);

        const alternates = await page
          .locator('head link[rel="alternate"][hreflang]')
          .evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]));
        const expected = Object.entries(languageAlternates(path)).map(([lang, href]) => [lang, `${siteUrl}${href === "/" ? "" : href}`]);
        expect(alternates).toEqual(expected);
        expect(alternates.map(([lang]) => lang)).toEqual(["en", "pl", "be", "ru", "x-default"]);

        // The switcher: the same page in every language, each named in its own, the one being read marked.
        const switcher = page.getByRole("banner").getByRole("navigation", { name: SWITCHER[locale] });
        const links = switcher.getByRole("link");
        await expect(links).toHaveText(LOCALES.map((l) => LOCALE_NAMES[l]));
        for (const [i, other] of LOCALES.entries()) {
          const link = links.nth(i);
          await expect(link).toHaveAttribute("href", localePath(other, path));
          await expect(link).toHaveAttribute("hreflang", other);
          await expect(link).toHaveAttribute("lang", other);
          if (other === locale) await expect(link).toHaveAttribute("aria-current", "page");
          else await expect(link).not.toHaveAttribute("aria-current");
        }
      });
    }
  }

  test("following the switcher keeps the reader on the same page", async ({ page }) => {
    await page.goto("/rounds/2025-12");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Polski" }).click();
    await expect(page).toHaveURL(/\/pl\/rounds\/2025-12$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await page.getByRole("navigation", { name: "Język" }).getByRole("link", { name: "Русский" }).click();
    await expect(page).toHaveURL(/\/ru\/rounds\/2025-12$/);
    await page.getByRole("navigation", { name: "Язык" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/rounds\/2025-12$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("a localised chart page's share panel gives that language's embed code, oEmbed file and pictures", async ({ page }) => {
    await page.goto("/be/charts/releases-by-round");
    await expect(page.locator('head link[type="application/json+oembed"]')).toHaveAttribute(
      "href",
      `${siteUrl}/be/oembed/releases-by-round.json`,
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${siteUrl}/be/charts/releases-by-round`);
    const html = await page.content();
    expect(html).toContain(`${siteUrl}/be/embed/releases-by-round`);
    await expect(page.locator('a[data-download="png"]')).toHaveAttribute("href", "/be/charts/releases-by-round.png");
    // The data stay language-neutral.
    await expect(page.locator('a[data-download="chart-csv"]')).toHaveAttribute("href", "/data/releases-by-round.csv");
  });

  test("an unknown page under a language is the site's 404, with a way back and each language's dashboard", async ({ page }) => {
    const response = await page.goto("/pl/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Back to the dashboard" })).toHaveAttribute("href", "/");
    const links = page.getByRole("navigation", { name: "Language" }).getByRole("link");
    await expect(links).toHaveText(LOCALES.map((l) => LOCALE_NAMES[l]));
    expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")))).toEqual(["/", "/pl", "/be", "/ru"]);
  });
});

test.describe("embeds, oEmbed files and pictures in each language", () => {
  for (const locale of PREFIXED_LOCALES) {
    for (const [what, path, page] of [
      ["chart", "/embed/releases-by-round", "/charts/releases-by-round"],
      ["comparison", "/embed/compare/2025-12/2026-03", "/compare/2025-12/2026-03"],
    ] as const) {
      test(`the ${what} embed in ${locale} answers, draws, credits its sources and links to the ${locale} page`, async ({ page: tab }) => {
        const response = await tab.goto(localePath(locale, path));
        expect(response?.status()).toBe(200);
        await expect(tab.locator("html")).toHaveAttribute("lang", locale);
        const chart = tab.locator("[data-chart-svg]");
        await expect(chart.locator("svg").first()).toBeVisible();
        expect(await chart.locator("[data-mark]").count()).toBeGreaterThan(0);
        expect((await chart.boundingBox())?.height ?? 0).toBeGreaterThan(100);
        await expect(tab.locator("[data-source-line]")).toContainText("PISM");
        await expect(tab.locator("[data-chart-page]")).toHaveAttribute("href", `${siteUrl}${localePath(locale, page)}`);
        await expect(tab.locator("[data-get-data]")).toHaveAttribute("href", new RegExp(`^${siteUrl}/data/`));
      });
    }

    test(`oEmbed answers and pictures exist in ${locale}; the data files do not`, async ({ request }) => {
      const chart = await (await request.get(`/${locale}/oembed/releases-by-round.json`)).json();
      expect(chart.html).toContain(`src="${siteUrl}/${locale}/embed/releases-by-round"`);
      expect(chart.thumbnail_url).toBe(`${siteUrl}/${locale}/charts/releases-by-round.png`);
      const compare = await (await request.get(`/${locale}/oembed/compare/2025-12/2026-03.json`)).json();
      expect(compare.html).toContain(`src="${siteUrl}/${locale}/embed/compare/2025-12/2026-03"`);
      for (const [path, type] of [
        [`/${locale}/charts/releases-by-round.png`, "image/png"],
        [`/${locale}/charts/releases-by-round.svg`, "image/svg+xml"],
        [`/${locale}/compare/2025-12/2026-03.png`, "image/png"],
        [`/${locale}/oembed/releases-by-round.svg`, "image/svg+xml"],
      ] as const) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        expect(response.headers()["content-type"], path).toContain(type);
      }
      expect((await request.get(`/${locale}/data/dataset.json`)).status()).toBe(404);
    });
  }
});

test.describe("the headline figures as each language writes them", () => {
  const WORDS = { en: "more than 1,000", pl: "ponad 1000", be: "больш за 1000", ru: "более 1\u00a0000" } as const;

  for (const locale of LOCALES) {
    test(`the dashboard in ${locale}: the four cards' numbers, the lower bound in words, no English left in the page's own text`, async ({
      page,
    }) => {
      await page.goto(localePath(locale, "/"));
      const data = datasetFor(locale);
      const cards = page.locator("[data-card]");
      await expect(cards).toHaveCount(data.headlines.length);
      for (const entry of data.headlines) {
        const figure = data.figures.find((f) => f.id === entry.figureId)!;
        await expect(page.locator(`[data-card="${entry.id}"] [data-figure]`)).toHaveText(formatFigure(figure, locale));
        await expect(page.locator(`[data-card="${entry.id}"] h3`)).toHaveText(entry.title);
      }
      await expect(page.locator('[data-card="still-held"] [data-figure]')).toHaveText(WORDS[locale]);
      if (locale === "en") return;
      // The site's own words, outside quotes and source titles (which stay as their sources wrote them), are translated.
      const own = await page.locator("main").evaluate((main) => {
        const clone = main.cloneNode(true) as HTMLElement;
        clone.querySelectorAll("[lang], q, blockquote, cite, svg title").forEach((el) => el.remove());
        return clone.innerText;
      });
      for (const english of ["Data as of", "Sources:", "Released in", "Share, download, cite", "Data table", "Where sources disagree"]) {
        expect(own, `${locale} dashboard still says "${english}"`).not.toContain(english);
      }
    });
  }
});

test.describe("links inside a language stay in it", () => {
  for (const locale of PREFIXED_LOCALES) {
    test(`the comparison in ${locale}: pickers, swap, every pair, round links and ?a=&b= all stay under /${locale}/`, async ({ page }) => {
      await page.goto(localePath(locale, "/compare/2025-12/2026-03"));
      const hrefs = await page
        .locator("main a[href^='/']")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href")!).filter((h) => !h.startsWith("/data/")));
      expect(hrefs.length).toBeGreaterThan(20);
      expect(hrefs.filter((h) => !h.startsWith(`/${locale}/`) && h !== `/${locale}`)).toEqual([]);
      await page.goto(`${localePath(locale, "/compare")}?a=2025-02&b=2025-04`);
      await expect(page).toHaveURL(new RegExp(`/${locale}/compare/2025-02/2025-04$`));
    });
  }
});
