import { PNG } from "pngjs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { chartIds } from "@/data/chart-specs";
import { dataAsOf } from "@/data/changelog";
import { dataset } from "@/data/dataset";

/** Pages whose charts are checked: the dashboard's four and a comparison's three. */
const PAGES = [
  { path: "/", charts: 4 },
  { path: "/compare/2025-12/2026-03", charts: 3 },
];
/** Charts drawn only as SVG (the comparison at a glance): there is no canvas to compare. */
const STATIC_CHARTS = new Set(["compare-glance"]);

type Axes = { x: { min: number; max: number; ticks: string[] }; y: { min: number; max: number; ticks: string[] } };

const svgAxes = (figure: Locator) =>
  figure
    .locator("svg[data-plot]")
    .getAttribute("data-axes")
    .then((a) => JSON.parse(a!) as Axes);

async function canvasAxes(page: Page, figure: Locator): Promise<Axes> {
  await page.mouse.click(2, 2);
  // Scroll until the chart is drawn: hydration above it may still move the page while the runtime boots.
  await expect(async () => {
    await figure.locator("[data-chart-state]").evaluate((box) => box.scrollIntoView({ block: "center" }));
    await expect(figure.locator("[data-chart-state]")).toHaveAttribute("data-chart-state", "canvas", { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  return JSON.parse((await figure.locator("canvas").getAttribute("data-axes"))!) as Axes;
}

for (const { path, charts } of PAGES) {
  for (const width of [360, 1280]) {
    test(`${path} at ${width} px: every chart has the same axis ranges and tick labels before and after chart.js loads`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(path);
      const figures = page.locator("figure[data-chart]");
      await expect(figures).toHaveCount(charts);
      for (const figure of await figures.all()) {
        if (STATIC_CHARTS.has((await figure.getAttribute("data-chart"))!)) continue;
        const before = await svgAxes(figure);
        expect(before.y.ticks.length).toBeGreaterThan(1);
        const after = await canvasAxes(page, figure);
        const id = await figure.getAttribute("data-chart");
        expect(after.y, `${id}: y axis`).toEqual(before.y);
        expect(after.x.ticks, `${id}: x tick labels`).toEqual(before.x.ticks);
        expect(after.x.min, `${id}: x from`).toBeCloseTo(before.x.min, 0);
        expect(after.x.max, `${id}: x to`).toBeCloseTo(before.x.max, 0);
      }
      await context.close();
    });
  }

  test(`${path}: no lower bound lies on a line's stroke or tops a definite bar; every value label sits inside the chart`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    let bounds = 0;
    for (const figure of await page.locator("figure[data-chart]").all()) {
      const id = await figure.getAttribute("data-chart");
      const result = await figure.evaluate((root) => {
        const plot = root.querySelector<SVGSVGElement>("svg[data-plot]")!;
        const strokes = [...plot.querySelectorAll<SVGLineElement>("[data-line] line")];
        const onStroke = [...plot.querySelectorAll<SVGSVGElement>('[data-point-shape="arrow-up"]')].map((marker) => {
          const point = new DOMPoint(marker.x.baseVal.value, marker.y.baseVal.value);
          return strokes.some((line) => line.isPointInStroke(point));
        });
        const boundBars = [...plot.querySelectorAll('[data-bar][data-mark="lower-bound"] rect')].map((r) => r.getAttribute("fill") ?? "");
        const box = root.querySelector("[data-chart-svg]")!.getBoundingClientRect();
        const labels = [...plot.querySelectorAll('[data-label="value"], [data-label="bound"], [data-label="direct"]')].map((t) => {
          const r = t.getBoundingClientRect();
          return {
            text: t.textContent,
            inside: r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1,
          };
        });
        return { onStroke, boundBars, labels, bars: plot.querySelectorAll("[data-bar]").length };
      });
      expect(
        result.onStroke.every((on) => !on),
        `${id}: a lower bound on a line`,
      ).toBe(true);
      // A lower bound's bar has no solid top: only its fade and hatch, no plain fill.
      for (const fill of result.boundBars) expect(fill, `${id}: lower-bound bar fill`).toMatch(/^url\(#/);
      bounds += result.onStroke.length + result.boundBars.length / 2;
      expect(result.labels.length, `${id}: a label per bar`).toBeGreaterThanOrEqual(result.bars);
      for (const label of result.labels) expect(label.inside, `${id}: "${label.text}" inside the chart`).toBe(true);
    }
    // The dashboard's held-over-time chart has PISM's "more than 1,000" and the UN experts' "at least 1,131".
    if (path === "/") expect(bounds, "the page draws at least one lower bound").toBeGreaterThan(0);
    await context.close();
  });
}

test("the dashboard's bars for 1 and 3 carry their values", async ({ page }) => {
  await page.goto("/");
  const labels = page.locator('figure[data-chart="releases-by-round"] [data-label="value"]');
  await expect(labels).toHaveText(["250", "123", "52", "14", "3", "1"]);
});

const decode = async (body: Buffer) => PNG.sync.read(body);

for (const path of [...chartIds.map((id) => `/charts/${id}`), "/compare/2025-12/2026-03", "/compare/2025/2026-03"]) {
  test(`${path}.svg and .png exist, decode, have the stated size and are not blank`, async ({ request }) => {
    const svg = await request.get(`${path}.svg`);
    expect(svg.status()).toBe(200);
    expect(svg.headers()["content-type"]).toContain("image/svg+xml");
    const text = await svg.text();
    expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="960" height="640"/);
    expect(text).toContain(dataAsOf(dataset));
    expect(text).toContain(`https://belarus-releases.example${path}`);
    const png = await request.get(`${path}.png`);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    const image = await decode(await png.body());
    expect([image.width, image.height]).toEqual([1920, 1280]);
    const colours = new Set<number>();
    for (let i = 0; i < image.data.length; i += 4 * 53) colours.add(image.data.readUInt32BE(i));
    expect(colours.size, "more than a background").toBeGreaterThan(20);
  });
}

test("the comparison's share panel and oEmbed answer offer its pictures", async ({ page, request }) => {
  await page.goto("/compare/2025-12/2026-03");
  await expect(page.locator('[data-download="png"]')).toHaveAttribute("href", "/compare/2025-12/2026-03.png");
  await expect(page.locator('[data-download="svg"]')).toHaveAttribute("href", "/compare/2025-12/2026-03.svg");
  const oembed = await (await request.get("/oembed/compare/2025-12/2026-03.json")).json();
  expect(oembed.thumbnail_url).toBe("https://belarus-releases.example/compare/2025-12/2026-03.png");
  await expect(page.locator("[data-compare-glance] figure")).toContainText("December 2025 and March 2026 at a glance");
});
