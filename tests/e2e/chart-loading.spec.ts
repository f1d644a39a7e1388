import { expect, test, type Page } from "@playwright/test";

test("charts are drawn as SVG with their text alternative when JavaScript is off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  const charts = page.locator("figure[data-chart] svg[role=img]");
  await expect(charts).toHaveCount(4);
  await expect(charts.first()).toHaveAttribute("aria-label", /^Bar chart of people released per round\. Released: February 2025 3;/);
  const bounds = page.locator('figure[data-chart="held-over-time"] [data-label="bound"]');
  await expect(bounds.filter({ hasText: "more than" })).toHaveText("more than1,000");
  await expect(bounds.first()).toBeVisible();
  // PISM's lower bound is its own mark on held-over-time, labelled as a lower bound, never a point of Viasna's line.
  const held = page.locator('figure[data-chart="held-over-time"]');
  await expect(held.locator('[data-mark="lower-bound"] title').first()).toContainText("a lower bound");
  await context.close();
});

/** Records which script responses carry chart.js. */
function watchChartJs(page: Page) {
  const seen: string[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    const body = await response.text().catch(() => "");
    if (body.includes("_chartjs")) seen.push(response.url());
  });
  return seen;
}

test("chart.js is fetched only when a chart scrolls into view, then the canvas replaces the SVG", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  const chartJs = watchChartJs(page);
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  const first = page.locator('figure[data-chart="releases-by-round"]');
  await expect(first.locator("[data-chart-state]")).toHaveAttribute("data-chart-state", "svg");
  expect(chartJs).toEqual([]);

  await first.scrollIntoViewIfNeeded();
  await expect(first.locator("[data-chart-state]")).toHaveAttribute("data-chart-state", "canvas");
  expect(chartJs).toHaveLength(1);
  await expect(first.locator("canvas")).toHaveAttribute("aria-label", /^Bar chart of people released per round/);
  // One text alternative at a time: the SVG leaves the accessibility tree once the canvas has drawn.
  await expect(first.getByRole("img")).toHaveCount(1);
  await expect(first.locator("svg[role=img]")).toBeHidden();
  await expect(page.locator('figure[data-chart="released-vs-held"] [data-chart-state]')).toHaveAttribute("data-chart-state", "svg");
  await context.close();
});

test("at 360 px no two x-axis labels of an SVG chart overlap", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ["/", "/compare/2025-12/2026-03"]) {
    await page.goto(path);
    const charts = page.locator("[data-chart-svg]");
    expect(await charts.count(), path).toBeGreaterThan(0);
    for (const chart of await charts.all()) {
      const boxes = await chart.locator('[data-tick="x"] tspan').evaluateAll((lines) =>
        lines
          .filter((line) => line.textContent)
          .map((line) => {
            const { left, right, top, bottom } = line.getBoundingClientRect();
            return { text: line.textContent ?? "", left, right, top, bottom };
          }),
      );
      expect(boxes.length, `${path}: every chart has x-axis labels`).toBeGreaterThan(1);
      // Lines of labels side by side (a crowded axis moves every other label down) must keep 2 px apart.
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          const sameRow = a.top < b.bottom && b.top < a.bottom;
          if (sameRow)
            expect(a.right + 2 < b.left || b.right + 2 < a.left, `${path}: "${a.text}" and "${b.text}" must not touch`).toBe(true);
        }
    }
  }
  await context.close();
});
