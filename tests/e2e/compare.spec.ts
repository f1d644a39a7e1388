import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

import { buildComparison, compareSideIds, compareSideLabel, defaultComparison } from "@/data/compare";

/** Every side of the data, and the comparison /compare shows (the latest two rounds): read from data/, not typed. */
const SIDES = compareSideIds();
const DEFAULT = defaultComparison();
const defaultDifference = (({ difference }) => (difference.shown ? difference.text : ""))(buildComparison(DEFAULT.a, DEFAULT.b));

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

async function computed(page: Page, term: string) {
  return page.locator(`[data-computed="${term}"]`);
}

async function expectEveryCellCited(page: Page) {
  const cells = page.locator('[data-compare-cell="cited"]');
  const count = await cells.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) await expect(cells.nth(i).locator("a[data-source-link]").first()).toBeVisible();
}

test.describe("comparing two rounds", () => {
  test("December 2025 against March 2026: 123, 250, 127 more, about twice, every cell cited", async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const response = await page.goto("/compare/2025-12/2026-03");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("December 2025 compared with March 2026");
    await expect(page.locator("[data-compare-summary]")).toHaveText(
      "In the March 2026 round, 127 more people were released than in the December 2025 round: 250 against 123, about twice as many.",
    );
    const released = page.locator('[data-compare-row="released"] [data-compare-cell]');
    await expect(released.nth(0)).toContainText("123");
    await expect(released.nth(1)).toContainText("250");
    await expect(await computed(page, "Difference")).toHaveText("127");
    await expect(await computed(page, "Ratio")).toHaveText("about twice");
    await expect(await computed(page, "Days between the releases")).toHaveText("96–97 days");
    const destinations = page.locator('[data-compare-row="destinations"] [data-compare-cell]');
    await expect(destinations.nth(0)).toContainText("Ukraine: 114");
    await expect(destinations.nth(0)).toContainText("Lithuania: 9");
    await expect(destinations.nth(1)).toContainText("Belarus (freed inside the country): 235");
    await expect(destinations.nth(1)).toContainText("Lithuania: 15");
    await expect(page.locator('[data-compare-row="held"]')).toContainText("1,135 on 23 December 2025");
    await expectEveryCellCited(page);
    for (const id of ["compare-released", "compare-destinations"]) {
      const chart = page.locator(`[data-chart="${id}"]`);
      await expect(chart.locator("svg[role=img]")).toHaveCount(1);
      await chart.scrollIntoViewIfNeeded();
      await expect(chart.locator("[data-chart-state]")).toHaveAttribute("data-chart-state", "canvas");
      await expect(chart.locator("canvas")).toBeVisible();
    }
    await expect(page.locator('[data-discrepancy="coale-156"]')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("June against September 2025: 14, 52 and 38 more", async ({ page }) => {
    await page.goto("/compare/2025-06/2025-09");
    const released = page.locator('[data-compare-row="released"] [data-compare-cell]');
    await expect(released.nth(0)).toContainText("14");
    await expect(released.nth(1)).toContainText("52");
    await expect(await computed(page, "Difference")).toHaveText("38");
    await expect(await computed(page, "Ratio")).toHaveText("about 3.7 times");
    await expectEveryCellCited(page);
  });

  test("a round against all of 2025 is labelled as an aggregate", async ({ page }) => {
    await page.goto("/compare/2026-03/2025");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("March 2026 compared with All of 2025 (aggregate)");
    await expect(page.locator('[data-compare-row="released"] [data-compare-cell]').nth(1)).toContainText("194");
    await expect(await computed(page, "Difference")).toHaveText("56");
    await expect(page.getByText("Not shown: An aggregate spans a whole period")).toBeVisible();
  });

  test("swapping sides is one link", async ({ page }) => {
    await page.goto("/compare/2025-12/2026-03");
    await page.locator("[data-swap]").click();
    await expect(page).toHaveURL(/\/compare\/2026-03\/2025-12$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("March 2026 compared with December 2025");
    await expect(await computed(page, "Difference")).toHaveText("127");
  });
});

test.describe("the picker", () => {
  test("/compare shows the default comparison and links every pair", async ({ page }) => {
    await page.goto("/compare");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `${compareSideLabel(DEFAULT.a)} compared with ${compareSideLabel(DEFAULT.b)}`,
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/compare/${DEFAULT.a}/${DEFAULT.b}$`));
    const hrefs = await page.locator("main a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    for (const a of SIDES) for (const b of SIDES) if (a !== b) expect(hrefs, `${a}/${b}`).toContain(`/compare/${a}/${b}`);
  });

  test("Tab reaches a side link and Enter opens it; the current choice is marked", async ({ page }) => {
    await page.goto("/compare/2025-12/2026-03");
    const left = page.getByRole("navigation", { name: "Choose what to compare" });
    await expect(left.locator('a[aria-current="page"]')).toHaveText(["December 2025", "March 2026"]);
    const target = "/compare/2025-06/2026-03";
    let found = false;
    for (let i = 0; i < 80 && !found; i++) {
      await page.keyboard.press("Tab");
      found = await page.evaluate((href) => document.activeElement?.getAttribute("href") === href, target);
    }
    expect(found).toBe(true);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("June 2025 compared with March 2026");
  });

  test("Tab reaches a link to every pair on /compare", async ({ page }) => {
    test.slow();
    await page.goto("/compare");
    await page.evaluate(() => {
      const reached: string[] = [];
      (window as unknown as { reached: string[] }).reached = reached;
      document.addEventListener("focusin", (e) => reached.push((e.target as Element).getAttribute("href") ?? ""));
    });
    // The list of every pair comes last on the page: tab through everything before it, checking as we go.
    const pairs = SIDES.flatMap((a) => SIDES.filter((b) => b !== a).map((b) => `/compare/${a}/${b}`));
    let reached: string[] = [];
    for (let i = 0; i < 30 && !pairs.every((p) => reached.includes(p)); i++) {
      for (let j = 0; j < 20; j++) await page.keyboard.press("Tab");
      reached = await page.evaluate(() => (window as unknown as { reached: string[] }).reached);
    }
    for (const a of SIDES) for (const b of SIDES) if (a !== b) expect(reached, `${a}/${b}`).toContain(`/compare/${a}/${b}`);
  });

  test("a bad query string keeps the default comparison with a visible notice", async ({ page }) => {
    await page.goto(`/compare?a=1999&b=${DEFAULT.b}`);
    await expect(page.locator("[data-query-notice]")).toContainText("Ignored a=“1999”");
    await expect(await computed(page, "Difference")).toHaveText(defaultDifference);
  });

  test("a valid query string goes to the permalink", async ({ page }) => {
    await page.goto("/compare?a=2025-06&b=2025-09");
    await expect(page).toHaveURL(/\/compare\/2025-06\/2025-09$/);
  });
});

test.describe("bad input", () => {
  test("the same round on both sides explains itself and offers another", async ({ page }) => {
    const response = await page.goto("/compare/2025-12/2025-12");
    expect(response?.status()).toBe(200);
    await expect(page.locator("[data-same-side]")).toContainText("December 2025 is on both sides, so there is nothing to compare.");
    await expect(page.locator("[data-compare-row]")).toHaveCount(0);
    await page.locator("[data-same-side] a").click();
    await expect(page).toHaveURL(/\/compare\/2025-12\/2026-03$/);
  });

  test("an unknown id is a 404 with a way back", async ({ page }) => {
    const response = await page.goto("/compare/unknown/2025-12");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("link", { name: "Back to the dashboard" })).toHaveAttribute("href", "/");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the comparison reads correctly, numbers and citations in the HTML", async ({ page }) => {
    await page.goto("/compare/2025-12/2026-03");
    await expect(page.locator("[data-compare-summary]")).toContainText("127 more");
    await expect(await computed(page, "Ratio")).toHaveText("about twice");
    await expectEveryCellCited(page);
    await expect(page.locator("#compare-destinations-table")).toContainText("114");
    await page.locator("[data-swap]").click();
    await expect(page).toHaveURL(/\/compare\/2026-03\/2025-12$/);
  });
});

test.describe("links into the comparison", () => {
  test("a round page links to compare it with the previous and the next round", async ({ page }) => {
    await page.goto("/rounds/2025-12");
    await expect(page.getByRole("link", { name: "Compare with the previous round (September 2025)" })).toHaveAttribute(
      "href",
      "/compare/2025-09/2025-12",
    );
    await page.getByRole("link", { name: "Compare with the next round (March 2026)" }).click();
    await expect(page).toHaveURL(/\/compare\/2025-12\/2026-03$/);
  });

  test("the dashboard reaches any pair in two clicks", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Compare any two rounds side by side" }).click();
    await page.getByRole("link", { name: "Compare February 2025 with September 2025" }).click();
    await expect(page).toHaveURL(/\/compare\/2025-02\/2025-09$/);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" })).toHaveAttribute("href", "/compare");
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`accessibility, ${colorScheme}`, () => {
    test.use({ colorScheme });

    for (const url of ["/compare", "/compare/2025-12/2025-12", "/compare/2025/2025-12"]) {
      test(`${url} has no axe violations`, async ({ page }) => {
        test.slow();
        await page.goto(url);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
      });
    }
  });
}
