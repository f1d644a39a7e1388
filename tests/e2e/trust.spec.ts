import { expect, test, type Page } from "@playwright/test";
import { chartIds } from "@/data/chart-specs";
import { dataset } from "@/data/dataset";
import { siteUrl } from "@/data/site";

/** Hostnames of the copies that were read ("via"): they belong on /sources, never where a figure is used. */
const viaHosts = [...new Set(dataset.sources.flatMap((s) => (s.via ? [s.via] : [])))];

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

test.describe("credits where a figure is used", () => {
  const pages = ["/", ...chartIds.map((id) => `/charts/${id}`), ...chartIds.map((id) => `/embed/${id}`), "/embed/compare/2025-09/2025-12"];
  for (const path of pages) {
    test(`${path} names no copy that was read`, async ({ page }) => {
      await page.goto(path);
      const text = await visibleText(page);
      for (const host of viaHosts) expect(text, host).not.toContain(host);
      expect(text).not.toMatch(/, via /);
    });
  }

  test("/sources still shows every copy that was read, with its address", async ({ page }) => {
    await page.goto("/sources");
    const text = await visibleText(page);
    for (const host of viaHosts) expect(text).toContain(host);
    await expect(page.locator("#reuters-2025-04-30")).toContainText("Reuters, via squidsite02.com");
  });

  test("a chart's source line reads publisher and date, and links the full record", async ({ page }) => {
    await page.goto("/charts/releases-by-round");
    const line = page.locator("[data-source-line]");
    await expect(line).toContainText("PISM, 15 Dec 2025");
    await expect(line).toContainText("Reuters, 30 Apr 2025");
    await expect(line.getByRole("link", { name: "Reuters, 30 Apr 2025" })).toHaveAttribute("href", "/sources#reuters-2025-04-30");
  });

  test("cite this reads like a reference, and the BibTeX stays inside its box", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/charts/held-over-time");
    const plain = page.locator('[data-citation="plain"] p').nth(1);
    await expect(plain).toContainText(/^“Political prisoners still held in Belarus” \(chart\)\. /);
    await expect(plain).toContainText(dataset.meta.title);
    await expect(plain).toContainText("Data: Viasna, 9 Jan 2025;");
    await expect(plain).toContainText(`${siteUrl}/charts/held-over-time (accessed `);
    const bibtex = page.locator('[data-citation="bibtex"] pre');
    const overflow = await bibtex.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("the dashboard reads top-down", () => {
  test("at 1280×900 the cards hold their content at the top and the first chart starts within the first screen", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/");
    for (const card of await page.locator("[data-card]").all()) {
      const gap = await card.evaluate((el) => {
        const last = el.lastElementChild!.getBoundingClientRect().bottom;
        const padding = parseFloat(getComputedStyle(el).paddingBottom);
        return el.getBoundingClientRect().bottom - padding - last;
      });
      expect(gap).toBeLessThanOrEqual(2);
    }
    const firstChart = await page.locator("figure[data-chart]").first().boundingBox();
    expect(firstChart!.y).toBeLessThan(900);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(6170 / 2);
  });

  test("at 390 px the dashboard is less than half its former 14,346 px", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(14346 / 2);
  });

  test("each card's links say where they go, and no two read alike", async ({ page }) => {
    await page.goto("/");
    const links = page.locator("[data-card] a:not([data-source-link])");
    // The visible words: the first line (a screen reader also hears which disagreement it is).
    const texts = (await links.allInnerTexts()).map((t) => t.split("\n")[0]!.trim());
    expect(texts).toContain("123 or 156?");
    expect(texts).toContain("194 or 193?");
    expect(texts).not.toContain("Sources disagree");
    expect(new Set(texts).size).toBe(texts.length);
    await page
      .locator("[data-card=fifth-round]")
      .getByRole("link", { name: /^123 or 156\?/ })
      .click();
    await expect(page).toHaveURL(/\/sources#discrepancy-coale-156$/);
    await expect(page.locator("#discrepancy-coale-156")).toContainText("156");
    await expect(page.locator("#discrepancy-coale-156")).toBeInViewport();
  });

  test("data tables are closed on the dashboard, open on chart pages, and open in print", async ({ page }) => {
    await page.goto("/");
    for (const id of chartIds) await expect(page.locator(`#${id}-table`)).toBeHidden();
    await page.locator(`[data-chart="${chartIds[0]}"] summary`).click();
    await expect(page.locator(`#${chartIds[0]}-table`)).toBeVisible();
    await page.reload();
    await page.emulateMedia({ media: "print" });
    for (const id of chartIds) await expect(page.locator(`#${id}-table`)).toBeVisible();
    await page.emulateMedia({ media: "screen" });
    for (const id of chartIds) {
      await page.goto(`/charts/${id}`);
      await expect(page.locator(`#${id}-table`)).toBeVisible();
    }
  });

  test("tables print open with JavaScript off too", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto("/");
    await page.emulateMedia({ media: "print" });
    for (const id of chartIds) await expect(page.locator(`#${id}-table`)).toBeVisible();
    await context.close();
  });

  for (const path of ["/", "/charts/cumulative-releases", "/compare/2025-12/2026-03", "/rounds"]) {
    test(`at 390 px no table on ${path} clips a column`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      const tables = page.locator("table");
      expect(await tables.count()).toBeGreaterThan(0);
      for (const table of await tables.all()) {
        const clipped = await table.evaluate((el) => {
          const box = el.parentElement!.getBoundingClientRect();
          return [...el.querySelectorAll("td, th")]
            .filter((cell) => getComputedStyle(cell).position !== "absolute" && cell.closest("thead") === null)
            .some((cell) => cell.getBoundingClientRect().right > box.right + 1);
        });
        expect(clipped).toBe(false);
      }
    });
  }
});

test.describe("the comparison answers first", () => {
  test("pickers, then the sentence and the chart, then the differences; the list of every pair comes last", async ({ page }) => {
    await page.goto("/compare");
    const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
    const picker = await top("nav[aria-label='Choose what to compare']");
    const summary = await top("[data-compare-summary]");
    const chart = await top("[data-compare-chart]");
    const figures = await top("[data-computed]");
    const sideBySide = await top("#side-by-side-title");
    const pairs = await top("#every-pair-title");
    expect(picker).toBeLessThan(summary);
    expect(summary).toBeLessThan(chart);
    expect(chart).toBeLessThan(figures);
    expect(figures).toBeLessThan(sideBySide);
    expect(sideBySide).toBeLessThan(pairs);
  });

  test("side by side prints each quote once and names its source where it repeats", async ({ page }) => {
    await page.goto("/compare/2025-12/2025");
    const quotes = await page.locator("#side-by-side-title ~ section blockquote").allInnerTexts();
    expect(quotes.length).toBeGreaterThan(3);
    expect(new Set(quotes).size).toBe(quotes.length);
    await expect(page.locator("[data-quoted-above] a[data-source-link]").first()).toBeVisible();
  });

  test("on a phone the two sides stay side by side, row by row", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/compare/2025-12/2026-03");
    const cells = page.locator('[data-compare-row="released"] [data-compare-cell]');
    const [left, right] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
    expect(Math.abs(left!.y - right!.y)).toBeLessThan(2);
    expect(left!.x + left!.width).toBeLessThanOrEqual(right!.x);
  });
});

test.describe("codes on another origin", () => {
  test("the share panel names the published address and offers codes for the one in the address bar", async ({ page, baseURL }) => {
    await page.goto("/charts/releases-by-round");
    await expect(page.locator("#embed-responsive")).toHaveValue(new RegExp(`src="${siteUrl}/embed/releases-by-round"`));
    const notice = page.locator("[data-origin-notice]");
    await notice.scrollIntoViewIfNeeded().catch(() => undefined);
    await page.mouse.move(10, 10);
    await expect(notice).toContainText(siteUrl);
    await expect(notice).toContainText(baseURL!);
    await expect(page.locator("#embed-this-origin")).toHaveValue(new RegExp(`src="${baseURL}/embed/releases-by-round"`));
    await expect(page.locator("#permalink-this-origin")).toHaveValue(`${baseURL}/charts/releases-by-round`);
  });
});
