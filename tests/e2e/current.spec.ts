import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test } from "@playwright/test";
import { latestHeldSentence } from "@/data/chart-data";
import { dataset } from "@/data/dataset";
import { formatDate, formatDateShort } from "@/data/format-figure";

const { meta } = dataset;

test.describe("current and correct: what a reader sees of issue 10", () => {
  test("the still-held card keeps PISM's more than 1,000 and shows the latest dated count, its date, source and what is missing", async ({
    page,
  }) => {
    await page.goto("/");
    const card = page.locator('[data-card="still-held"]');
    await expect(card.locator("[data-figure]")).toHaveText("more than 1,000");
    const latest = card.locator('[data-latest-count="held-2026-03-05-ap"]');
    await expect(latest).toContainText("The latest dated count is 1,140");
    await expect(latest).toContainText("The latest dated count is 1,140 (5 March 2026)");
    // What it predates, and that no count follows, is said of the latest round in the data.
    await expect(latest).toContainText(latestHeldSentence());
    await expect(latest).toContainText(/it predates the .+ round's releases by \d+ weeks?\. No count after/);
    await expect(latest.locator('a[data-source-link="ap-2026-03-06"]')).toHaveAttribute("href", "/sources#ap-2026-03-06");
  });

  test("the held-over-time chart draws PISM apart from Viasna's line and marks the releases outside the rounds", async ({ page }) => {
    await page.goto("/charts/held-over-time");
    const svg = page.locator('[data-chart-svg="held-over-time"]');
    await expect(svg.locator('[data-annotation="event"]')).toHaveCount(2);
    await expect(svg).toContainText("Statkevich released");
    await expect(svg.locator('[data-annotation="round"]')).toHaveCount(dataset.rounds.length);
    const table = page.locator("table").first();
    await expect(table.locator("tr", { hasText: "more than 1,000" })).toContainText("PISM: prisoners of conscience still held");
    await expect(table.locator("tr", { hasText: "1,140" })).toContainText("Political prisoners still held in Belarus (Viasna)");
    await expect(page.getByText("Releases outside the rounds, marked apart and never added to a round").first()).toBeVisible();
  });

  test("the dashboard and /rounds list the releases outside the rounds apart, with their sources", async ({ page }) => {
    await page.goto("/");
    const line = page.locator("[data-outside-rounds]");
    await expect(line.locator("[data-event]")).toHaveText(["Statkevich released, 19 February 2026", "; 18 pardoned, 5 March 2026"]);
    await expect(line.locator('a[href="/rounds#event-pardon-2026-03-05"]')).toBeVisible();
    for (const path of ["/rounds"]) {
      await page.goto(path);
      const list = page.locator("[data-outside-rounds]");
      await expect(list.locator("[data-event]")).toHaveCount(2);
      await expect(list.locator('[data-event="statkevich-2026-02-19"]')).toContainText("19 February 2026: Statkevich released");
      await expect(list.locator('[data-event="pardon-2026-03-05"]')).toContainText("5 March 2026: 18 pardoned");
      await expect(list.locator('[data-event="pardon-2026-03-05"] [data-figure="pardoned-2026-03-05-ap"]')).toContainText(
        "18 — Prisoners pardoned",
      );
      await expect(list.locator('[data-event="pardon-2026-03-05"] a[data-source-link="ap-2026-03-06"]').first()).toBeVisible();
    }
    await expect(page.locator('[data-event="statkevich-2026-02-19"] a[href="/rounds/2025-09"]')).toBeVisible();
    await expect(page.locator('[data-event="statkevich-2026-02-19"]')).toContainText(
      "returned to prison after refusing to leave the country",
    );
    await page.goto("/rounds");
    await expect(page.locator("tr[data-round]")).toHaveCount(dataset.rounds.length);
  });

  test("context figures say what each counts, linked from the dashboard", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Why the count still held barely falls" }).click();
    await expect(page).toHaveURL(/\/rounds#context-title$/);
    const context = page.locator("[data-context]");
    await expect(context.getByRole("heading", { name: "Why the count still held barely falls" })).toBeVisible();
    await expect(context.locator('[data-context-figure="released-since-2024-07-ap"]')).toContainText("more than 430");
    await expect(context.locator('[data-context-figure="pardoned-since-2020-viasna"]')).toContainText("605");
    await expect(context.locator('[data-context-figure="expelled-2025-viasna"]')).toContainText("189");
    await expect(context.locator('[data-context-figure="newly-recognised-2025-09-12"]')).toContainText("167");
    await expect(context.locator('[data-context-figure="pardoned-2025-us-assisted"]')).toContainText("342");
    await expect(context).toContainText("cannot be added up, subtracted or set against each other or against the rounds");
  });

  test("every page says Data as of, links the Changes page, and its head announces the Atom feed", async ({ page }) => {
    for (const path of ["/", "/rounds/2026-03", "/charts/held-over-time", "/compare", "/sources", "/changes"]) {
      await page.goto(path);
      await expect(page.locator("footer [data-as-of]")).toHaveText(`Data as of ${formatDateShort(meta.updated)}`);
      const feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      await expect(feed).toHaveAttribute("href", "/feed.xml");
    }
    await page.locator('footer a[href="/changes"]').click();
    await expect(page).toHaveURL(/\/changes$/);
    await expect(page.locator(`[data-release="${meta.version}"]`)).toContainText(`Version ${meta.version}, ${formatDate(meta.updated)}`);
    await expect(page.locator('[data-release="1.0.0"]')).toBeVisible();
  });

  test("an embed says Data as of", async ({ page }) => {
    await page.goto("/embed/held-over-time");
    await expect(page.locator("[data-source-line]")).toContainText(`Data as of ${formatDateShort(meta.updated)}.`);
  });

  test("the feed a reader discovers parses as Atom, one entry per release, linking the Changes page", async ({ page, request }) => {
    await page.goto("/");
    const href = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    const feed = parseFeed(await response.text());
    expect(feed.meta.type).toBe("atom");
    expect(feed.items.map((i) => i.title?.slice(0, 14))).toEqual(meta.changelog.map((c) => `Dataset ${c.version}:`.slice(0, 14)));
    expect(new URL(feed.items[0]!.url!).pathname).toBe("/changes");
  });

  test("dataset.json and datapackage.json carry the changelog", async ({ request }) => {
    const json = await (await request.get("/data/dataset.json")).json();
    expect(json.meta.changelog[0]).toMatchObject({ version: meta.version, date: meta.updated });
    expect(json.events.map((e: { id: string }) => e.id)).toEqual(["statkevich-2026-02-19", "pardon-2026-03-05"]);
    const pkg = await (await request.get("/data/datapackage.json")).json();
    expect(pkg.changelog.map((c: { version: string }) => c.version)).toEqual(meta.changelog.map((c) => c.version));
  });

  test("the sixth round's page shows the 235/15 split and both release dates, and the comparison the range", async ({ page }) => {
    await page.goto("/compare/2025-12/2026-03");
    await expect(page.getByText("96–97 days")).toBeVisible();
    await page.goto("/rounds/2026-03");
    await expect(page.locator("body")).toContainText("235 individuals were freed within the country");
    await expect(page.locator("body")).toContainText("σήμερα (20/03)");
  });
});
