import { expect, test, type Page } from "@playwright/test";
import { buildChartModel } from "@/data/chart-data";
import { chartIds } from "@/data/chart-specs";
import { dataset } from "@/data/dataset";
import { formatFigure } from "@/data/format-figure";
import { releasedIn } from "@/data/queries";

function watchPage(page: Page, origin = "http://127.0.0.1") {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
  });
  return { errors, foreign };
}

/** How many pixels of a canvas are not transparent. */
async function paintedPixels(page: Page, chartId: string): Promise<number> {
  return page.locator(`canvas[data-chart-canvas="${chartId}"]`).evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext("2d");
    if (!ctx || canvas.width === 0) return 0;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  });
}

test.describe("dashboard", () => {
  test("headline cards show 123, 250, 194 and more than 1,000, each citing its source", async ({ page }) => {
    await page.goto("/");
    const cards = [
      ["fifth-round", "123", "pism-spotlight-85-2025"],
      ["sixth-round", "250", "pism-spotlight-2026-sixth-round"],
      ["year-2025", "194", "pism-spotlight-2026-sixth-round"],
      ["still-held", "more than 1,000", "pism-spotlight-85-2025"],
    ] as const;
    for (const [id, value, sourceId] of cards) {
      const card = page.locator(`[data-card="${id}"]`);
      await expect(card.locator("[data-figure]")).toHaveText(value);
      await expect(card.locator(`a[data-source-link="${sourceId}"]`)).toHaveAttribute("href", `/sources#${sourceId}`);
    }
    await expect(page.locator('[data-card="sixth-round"]')).toContainText("15 of them were sent to Lithuania without documents");
    await expect(page.locator('[data-card="year-2025"]')).toContainText("3 + 1 + 14 + 52 + 123 = 193");
  });

  test("a card's citation leads to the full source entry with the quote", async ({ page }) => {
    await page.goto("/");
    await page.locator('[data-card="still-held"] a[data-source-link]').first().click();
    await expect(page).toHaveURL(/\/sources#pism-spotlight-85-2025$/);
    const entry = page.locator("#pism-spotlight-85-2025");
    await expect(entry).toBeVisible();
    await expect(entry).toContainText("Anna Maria Dyner");
    await expect(entry.locator("#figure-held-2025-12-pism")).toContainText("more than 1,000 people considered prisoners of conscience");
  });

  for (const id of chartIds) {
    test(`chart ${id} draws and its data table holds the dataset's numbers`, async ({ page }) => {
      const model = buildChartModel(id);
      await page.goto("/");
      const figure = page.locator(`[data-chart="${id}"]`);
      await expect(figure.getByRole("heading", { level: 3 })).toHaveText(model.spec.title);
      await expect(figure).toContainText(model.takeaway);
      // The chart itself, not the whole figure: a figure with a long table is taller than the viewport.
      await figure.locator("[data-chart-state]").scrollIntoViewIfNeeded();
      await expect.poll(() => paintedPixels(page, id), { timeout: 10_000 }).toBeGreaterThan(500);
      await expect(figure.locator(`canvas[data-chart-canvas="${id}"]`)).toHaveAttribute("aria-label", model.textAlternative);
      const rows = await figure
        .locator(`#${id}-table tbody tr`)
        .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("th, td")).map((cell) => cell.textContent?.trim() ?? "")));
      expect(rows).toEqual(model.table.rows);
      for (const sourceId of model.sourceIds)
        await expect(figure.locator(`[data-source-line] a[data-source-link="${sourceId}"]`)).toHaveCount(1);
    });
  }

  test("the releases table shows every round's figure as the sources state it", async ({ page }) => {
    await page.goto("/");
    const released = await page.locator("#releases-by-round-table tbody tr td:nth-child(3)").allTextContents();
    expect(released).toEqual(dataset.rounds.map((r) => formatFigure(releasedIn(r.id))));
    const held = await page.locator("#held-over-time-table tbody tr td:nth-child(2)").allTextContents();
    expect(held).toContain("more than 1,000");
    expect(held).not.toContain("1,000");
  });

  test("lists where sources disagree; /sources sets out both sides", async ({ page }) => {
    await page.goto("/");
    for (const d of dataset.discrepancies)
      await expect(page.locator(`[data-discrepancy-link="${d.id}"] a`)).toHaveAttribute("href", `/sources#discrepancy-${d.id}`);
    await page.goto("/sources");
    const total = page.locator('[data-discrepancy="total-2025"]');
    await expect(total).toContainText("194");
    await expect(total).toContainText("3 + 1 + 14 + 52 + 123 = 193");
    const dates = page.locator('[data-discrepancy="talks-dates-2025-12"]');
    await expect(dates).toContainText("11–12 December");
    await expect(dates).toContainText("12–13 December");
  });

  test("makes no request outside its origin and logs no errors", async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.goto("/");
    for (const id of chartIds) await page.locator(`[data-chart="${id}"]`).scrollIntoViewIfNeeded();
    await page.waitForLoadState("networkidle");
    expect(watch.foreign).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});

for (const path of ["/", "/sources", "/rounds", "/rounds/2025-12"]) {
  test(`${path} reads at 360 px without horizontal scrolling of the page`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test.describe("round pages", () => {
  for (const round of dataset.rounds) {
    test(`/rounds/${round.id} shows its release figure and cites every claim`, async ({ page, baseURL }) => {
      const watch = watchPage(page, new URL(baseURL!).origin);
      const response = await page.goto(`/rounds/${round.id}`);
      expect(response?.status()).toBe(200);
      const shown = dataset.figures.find((f) => f.roundId === round.id && f.measure === "released" && f.role === "shown")!;
      await expect(page.locator(`header [data-figure="${shown.id}"]`)).toBeVisible();
      const quotes = page.locator("blockquote");
      expect(await quotes.count()).toBeGreaterThan(2);
      const links = await page.locator("a[data-source-link]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      for (const href of links) expect(href).toMatch(/^\/sources#[a-z0-9-]+$/);
      expect(watch.errors).toEqual([]);
      expect(watch.foreign).toEqual([]);
    });
  }

  test("December 2025 shows the destinations and the disputed talk dates", async ({ page }) => {
    await page.goto("/rounds/2025-12");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("December 2025 (PISM's fifth round)");
    await expect(page.locator('[data-figure="released-2025-12-pism"]')).toHaveText("123");
    await expect(page.getByText("Ukraine: 114")).toBeVisible();
    await expect(page.getByText("Lithuania: 9")).toBeVisible();
    await expect(page.locator('[data-discrepancy="talks-dates-2025-12"]')).toBeVisible();
    await expect(page.locator('[data-discrepancy="coale-156"]')).toContainText("156");
  });

  test("an unknown round is a 404 with a way back", async ({ page }) => {
    const response = await page.goto("/rounds/2024-01");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await page.getByRole("link", { name: "Back to the dashboard" }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});

test("the sources page lists every source with its figures", async ({ page }) => {
  await page.goto("/sources");
  await expect(page.locator("[data-source]")).toHaveCount(dataset.sources.length);
  const p6 = page.locator("#pism-spotlight-2026-sixth-round");
  await expect(p6).toContainText("Anna Maria Dyner");
  await expect(p6).toContainText("Dyrer");
  await expect(p6).toContainText("Not stated");
  for (const f of dataset.figures) await expect(page.locator(`#figure-${f.id}`)).toHaveCount(1);
});
