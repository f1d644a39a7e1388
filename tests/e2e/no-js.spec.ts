import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { formatFigure } from "@/data/format-figure";
import { headlines } from "@/data/headlines";
import { htmlPages, skipReason } from "./pages";

test.use({ javaScriptEnabled: false });

const roundIds = readdirSync(join(process.cwd(), "out/rounds"))
  .filter((f) => f.endsWith(".html"))
  .map((f) => f.replace(/\.html$/, ""));

test.describe("without JavaScript", () => {
  test("a chart page offers no button that would silently do nothing: copy buttons are disabled, the pictures are plain links", async ({
    page,
  }) => {
    await page.goto("/charts/releases-by-round");
    const buttons = page.locator("[data-copy-button]");
    expect(await buttons.count()).toBeGreaterThanOrEqual(4);
    for (const button of await buttons.all()) await expect(button).toBeDisabled();
    await expect(page.locator('[data-download="png"]')).toHaveAttribute("href", "/charts/releases-by-round.png");
    // What they would copy is on the page to select by hand.
    await expect(page.locator("[data-citation=plain]")).toContainText("Belarus");
  });

  test("the dashboard's headline cards read the figures data/headlines.json names, qualifiers included", async ({ page }) => {
    await page.goto("/");
    const figures = await page.locator("[data-card] [data-figure]").allTextContents();
    expect(figures).toEqual(headlines().map((h) => formatFigure(h.figure)));
    for (const card of await page.locator("[data-card]").all()) {
      await expect(card).toBeVisible();
      await expect(card.locator("[data-source-link]").first()).toBeVisible();
    }
  });

  test("every chart on the dashboard has its data table one click away, with its numbers", async ({ page }) => {
    await page.goto("/");
    const charts = page.locator("figure[data-chart]");
    await expect(charts).toHaveCount(4);
    for (const chart of await charts.all()) {
      const table = chart.getByRole("table");
      await expect(table).toBeHidden();
      await chart.locator("summary").click();
      await expect(table).toBeVisible();
      expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);
    }
    const releases = page.locator("figure[data-chart='releases-by-round'] table");
    await expect(releases).toContainText("123");
    await expect(releases).toContainText("250");
    const held = page.locator("figure[data-chart='held-over-time'] table");
    await expect(held).toContainText("more than 1,000");
  });

  test("every citation on the dashboard and the round pages points at an entry on /sources", async ({ page }) => {
    const targets = new Set<string>();
    for (const path of ["/", ...roundIds.map((id) => `/rounds/${id}`)]) {
      await page.goto(path);
      for (const href of await page.locator("a[data-source-link]").evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
        targets.add(href ?? "");
      }
    }
    expect(targets.size).toBeGreaterThan(3);
    await page.goto("/sources");
    for (const href of targets) {
      const url = new URL(href, "http://site.invalid");
      expect(url.pathname, href).toBe("/sources");
      const entry = page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`);
      await expect(entry, `${href} resolves`).toHaveCount(1);
      await expect(entry.getByRole("heading").first()).toBeVisible();
    }
  });

  for (const id of roundIds) {
    test(`round ${id} reads correctly`, async ({ page }) => {
      const response = await page.goto(`/rounds/${id}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const released = page.locator("h1 ~ p [data-figure]").first();
      await expect(released).toHaveText(/^(more than |about |at least )?[\d,]+$/);
      await expect(page.getByRole("heading", { name: "What the sources say" })).toBeVisible();
      await expect(page.locator("main a[data-source-link]").first()).toBeVisible();
    });
  }

  test("the fifth and sixth rounds show 123 and 250 released", async ({ page }) => {
    for (const [id, figure] of [
      ["2025-12", "123"],
      ["2026-03", "250"],
    ] as const) {
      await page.goto(`/rounds/${id}`);
      await expect(page.locator("h1 ~ p [data-figure]").first()).toHaveText(figure);
    }
  });

  test("the comparison of the fifth and sixth rounds shows both numbers", async ({ page }) => {
    const compare = htmlPages.find((p) => p.type === "compare")!;
    test.skip(skipReason(compare) !== undefined, skipReason(compare));
    await page.goto(compare.path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("main")).toContainText("123");
    await expect(page.locator("main")).toContainText("250");
  });

  for (const p of htmlPages) {
    test(`${p.type} ${p.path} shows its heading and any chart's table`, async ({ page }) => {
      test.skip(skipReason(p) !== undefined, skipReason(p));
      const response = await page.goto(p.path);
      expect(response?.status()).toBe(p.status);
      await expect(page.locator("h1, h2").first()).toBeVisible();
      for (const chart of await page.locator("[data-chart]").all()) {
        // The dashboard's tables are closed disclosures; <details> opens without JavaScript.
        if (await chart.locator("details:not([open])").count()) await chart.locator("summary").click();
        await expect(chart.getByRole("table")).toBeVisible();
      }
    });
  }
});
