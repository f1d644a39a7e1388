import { expect, test } from "@playwright/test";

test("home page renders its main heading", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Belarus");
});
