import { expect, test } from "@playwright/test";

const ROUNDS = [
  ["2025-02", "February 2025", "3"],
  ["2025-04", "April 2025", "1"],
  ["2025-06", "June 2025", "14"],
  ["2025-09", "September 2025", "52"],
  ["2025-12", "December 2025 (PISM's fifth round)", "123"],
  ["2026-03", "March 2026 (PISM's sixth round)", "250"],
] as const;

test.describe("the index of all rounds", () => {
  test("/rounds lists all 6 rounds with the figure released in each, its date and its source", async ({ page }) => {
    const response = await page.goto("/rounds");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("All rounds");
    const rows = page.getByRole("table", { name: "Every round of releases, in date order" }).locator("tbody tr");
    await expect(rows).toHaveCount(6);
    for (const [i, [id, label, figure]] of ROUNDS.entries()) {
      const row = rows.nth(i);
      await expect(row.getByRole("rowheader")).toHaveText(label);
      await expect(row.getByRole("link", { name: label, exact: true })).toHaveAttribute("href", `/rounds/${id}`);
      await expect(row.locator("[data-figure]")).toHaveText(figure);
      await expect(row.locator("a[data-source-link]")).toHaveAttribute("href", /^\/sources#[a-z0-9-]+$/);
    }
    await expect(rows.nth(4).getByRole("cell").first()).toHaveText("13 December 2025");
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
    await expect(rounds.getByRole("listitem")).toHaveCount(6);
    await expect(rounds.getByText("Showing the latest")).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rounds" })).toHaveAttribute("href", "/rounds");
    await rounds.getByRole("link", { name: "All 6 rounds" }).click();
    await expect(page).toHaveURL(/\/rounds$/);
    await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(6);
  });
});
