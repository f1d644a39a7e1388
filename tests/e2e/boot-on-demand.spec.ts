import { expect, test, type Page } from "@playwright/test";
import { formatFigure } from "@/data/format-figure";
import { headlines } from "@/data/headlines";

const PHONE = { width: 412, height: 823 };
const RUNTIME = /\/_next\/static\/chunks\/[^/]+\.js$/;

/** Every runtime chunk the page requests, from the moment it starts loading. */
function runtimeRequests(page: Page) {
  const urls: string[] = [];
  page.on("request", (request) => {
    if (RUNTIME.test(new URL(request.url()).pathname)) urls.push(request.url());
  });
  return urls;
}

const hydrated = (page: Page) =>
  page.waitForFunction(() => "next" in window && Boolean((window as { next?: { version?: string } }).next?.version));

test.describe("the Next runtime loads when the reader needs it", () => {
  test.use({ viewport: PHONE });

  test("a reader who only reads the top of the dashboard downloads no runtime, and sees every headline figure", async ({ page }) => {
    const runtime = runtimeRequests(page);
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
    expect(runtime).toEqual([]);
    const cards = page.locator("article[data-card]");
    await expect(cards).toHaveCount(headlines().length);
    await expect(cards.locator("[data-figure]")).toHaveText(headlines().map((h) => formatFigure(h.figure)));
  });

  test("scrolling a chart into view loads the runtime and then draws the interactive chart", async ({ page }) => {
    const runtime = runtimeRequests(page);
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    expect(runtime).toEqual([]);
    const chart = page.locator('figure[data-chart="releases-by-round"]');
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator("[data-chart-state]")).toHaveAttribute("data-chart-state", "canvas");
    expect(runtime.length).toBeGreaterThan(0);
  });

  test("the first key press loads the runtime; the keyboard works throughout", async ({ page }) => {
    const runtime = runtimeRequests(page);
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await hydrated(page);
    expect(runtime.length).toBeGreaterThan(0);
  });

  test("a page whose interactive part is in view at once loads the runtime without input, then enables its buttons", async ({ page }) => {
    await page.goto("/charts/releases-by-round");
    await expect(page.locator("[data-chart-state]").first()).toHaveAttribute("data-chart-state", "canvas");
    for (const button of await page.locator("[data-copy-button]").all()) await expect(button).toBeEnabled();
  });

  test("a query string loads the runtime at once, so the page can act on it", async ({ page }) => {
    await page.goto("/compare?a=2025-09&b=2025-12");
    await expect(page).toHaveURL(/\/compare\/2025-09\/2025-12$/);
  });
});
