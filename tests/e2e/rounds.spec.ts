import { expect, test } from "@playwright/test";
import { dataset } from "@/data/dataset";
import { formatDate, formatFigure } from "@/data/format-figure";
import { DASHBOARD_LATEST_ROUNDS } from "@/data/page-limits";
import { releasedIn, roundLabel } from "@/data/queries";

/** Every round as the data has it (id, label, figure, release date): the pages must show exactly these. */
const ROUNDS = dataset.rounds.map((r) => [r.id, roundLabel(r), formatFigure(releasedIn(r.id)), formatDate(r.release.date)] as const);
const ALL = `All ${ROUNDS.length} rounds`;

test.describe("the index of all rounds", () => {
  test("/rounds lists every round with the figure released in each, its date and its source", async ({ page }) => {
    const response = await page.goto("/rounds");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("All rounds");
    const rows = page.getByRole("table", { name: "Every round of releases, in date order" }).locator("tbody tr");
    await expect(rows).toHaveCount(ROUNDS.length);
    for (const [i, [id, label, figure, date]] of ROUNDS.entries()) {
      const row = rows.nth(i);
      await expect(row.getByRole("rowheader")).toHaveText(label);
      await expect(row.getByRole("link", { name: label, exact: true })).toHaveAttribute("href", `/rounds/${id}`);
      await expect(row.locator("[data-figure]")).toHaveText(figure);
      await expect(row.locator("a[data-source-link]")).toHaveAttribute("href", /^\/sources#[a-z0-9-]+$/);
      await expect(row.getByRole("cell").first()).toHaveText(date);
    }
  });

  test("every round link opens that round's page with the same figure", async ({ page }) => {
    for (const [id, label, figure] of ROUNDS) {
      await page.goto("/rounds");
      await page.getByRole("table").getByRole("link", { name: label, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/rounds/${id}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(label);
      await expect(page.locator("header [data-figure]")).toHaveText(figure);
    }
  });

  test("a round page's breadcrumb leads back to the index", async ({ page }) => {
    await page.goto("/rounds/2025-06");
    await page.locator("main header").getByRole("link", { name: "Rounds", exact: true }).click();
    await expect(page).toHaveURL(/\/rounds$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("All rounds");
  });

  test("a citation on /rounds leads to the source's entry", async ({ page }) => {
    await page.goto("/rounds");
    await page.locator('tr[data-round="2025-12"] a[data-source-link]').click();
    await expect(page).toHaveURL(/\/sources#pism-spotlight-85-2025$/);
    await expect(page.locator("#pism-spotlight-85-2025")).toBeVisible();
  });

  test("the dashboard links to /rounds under its round list and in the header", async ({ page }) => {
    await page.goto("/");
    const rounds = page.getByRole("region", { name: "The rounds", exact: true });
    await expect(rounds.getByRole("listitem")).toHaveCount(Math.min(ROUNDS.length, DASHBOARD_LATEST_ROUNDS));
    await expect(rounds.getByText("Showing the latest")).toHaveCount(ROUNDS.length > DASHBOARD_LATEST_ROUNDS ? 1 : 0);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rounds" })).toHaveAttribute("href", "/rounds");
    await rounds.getByRole("link", { name: ALL }).click();
    await expect(page).toHaveURL(/\/rounds$/);
    await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(ROUNDS.length);
  });
});
