import AxeBuilder from "@axe-core/playwright";
import Papa from "papaparse";
import { PNG } from "pngjs";
import { expect, test } from "@playwright/test";
import { chartSpecs, getChartSpec } from "@/data/chart-specs";
import { dataset } from "@/data/dataset";
import { formatChartBibtex, formatChartCitation } from "@/data/cite-chart";
import { iframeCode, responsiveEmbedCode } from "@/data/embed-code";
import { siteUrl } from "@/data/site";

const ACCESSED = "2027-01-05";

test.describe("chart pages", () => {
  test("the dashboard links every chart to its own page", async ({ page }) => {
    await page.goto("/");
    for (const spec of chartSpecs) {
      const link = page
        .locator(`figure[data-chart="${spec.id}"]`)
        .getByRole("link", { name: `Share, download, cite for ${spec.title}`, exact: true });
      await expect(link).toHaveAttribute("href", `/charts/${spec.id}`);
    }
  });

  for (const spec of chartSpecs) {
    test(`${spec.id}: oEmbed discovery points at a static rich response for the embed`, async ({ page, request }) => {
      await page.goto(`/charts/${spec.id}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(spec.title);
      const discovery = page.locator('link[rel="alternate"][type="application/json+oembed"]');
      await expect(discovery).toHaveAttribute("title", spec.title);
      const href = await discovery.getAttribute("href");
      expect(href).toBe(`${siteUrl}/oembed/${spec.id}.json`);
      const response = await request.get(new URL(href!).pathname);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(response.headers()["access-control-allow-origin"]).toBe("*");
      const json = await response.json();
      expect(json).toMatchObject({ type: "rich", version: "1.0", title: spec.title, width: 640, height: 520 });
      expect(json.html).toBe(iframeCode({ path: `/embed/${spec.id}`, title: spec.title }));
      // The thumbnail is the static PNG (CMSs take no SVG thumbnail), decoding at its stated size and not blank.
      expect(json).toMatchObject({ thumbnail_url: `${siteUrl}/charts/${spec.id}.png`, thumbnail_width: 1920, thumbnail_height: 1280 });
      const thumbnail = await request.get(new URL(json.thumbnail_url).pathname);
      expect(thumbnail.headers()["content-type"]).toBe("image/png");
      const png = PNG.sync.read(await thumbnail.body());
      expect([png.width, png.height]).toEqual([1920, 1280]);
      const colours = new Set<number>();
      for (let i = 0; i < png.data.length; i += 4 * 31) colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
      expect(colours.size).toBeGreaterThan(3);
      // The SVG thumbnail it replaces still answers: permalinks are forever.
      const old = await request.get(`/oembed/${spec.id}.svg`);
      expect(old.status()).toBe(200);
      expect(old.headers()["content-type"]).toContain("image/svg+xml");
    });

    test(`${spec.id}: the CSV parses to the numbers the chart shows`, async ({ page, request }) => {
      await page.goto(`/charts/${spec.id}`);
      const csvLink = page.locator('[data-download="chart-csv"]');
      await expect(csvLink).toHaveAttribute("href", `/data/${spec.id}.csv`);
      const { data, errors } = Papa.parse<Record<string, string>>(await (await request.get(`/data/${spec.id}.csv`)).text(), {
        header: true,
        skipEmptyLines: true,
      });
      expect(errors).toEqual([]);
      expect(data.length).toBeGreaterThan(0);
      // The canvas's text alternative lists every drawn value as "<where> <value as shown>", series by series.
      const drawn = await page.locator(`canvas[data-chart-canvas="${spec.id}"]`).getAttribute("aria-label");
      const table = await page.locator(`#${spec.id}-table`).innerText();
      for (const row of data) {
        expect(Number(row.value)).toBe(Number(row.value_as_shown!.replace(/[^\d.]/g, "")));
        const where = /^\d{4}-\d{2}-\d{2}$/.test(row.x!) ? row.detail : row.x;
        expect(drawn).toContain(`${where} ${row.value_as_shown}`);
        expect(table).toContain(row.value_as_shown);
        expect(row.sources!.length).toBeGreaterThan(0);
        expect(row.dataset_version).toMatch(/^\d+\.\d+\.\d+$/);
      }
      // "Series: a; b; c." per series: as many values as separators plus one per series, no more, no less.
      const series = new Set(data.map((row) => row.series));
      expect(data.length).toBe((drawn!.match(/; /g)?.length ?? 0) + series.size);
    });
  }

  for (const colorScheme of ["light", "dark"] as const)
    test(`a chart page has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/charts/released-vs-held");
      expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    });

  test("Download PNG and Download SVG are the static pictures, 2x, titled and not blank", async ({ page, request }) => {
    await page.goto("/charts/releases-by-round");
    const png = page.locator('[data-download="png"]');
    await expect(png).toHaveAttribute("href", "/charts/releases-by-round.png");
    await expect(png).toHaveText("Download PNG (1920 × 1280 px)");
    await expect(page.locator('[data-download="svg"]')).toHaveAttribute("href", "/charts/releases-by-round.svg");
    const [download] = await Promise.all([page.waitForEvent("download"), png.click()]);
    expect(download.suggestedFilename()).toBe("releases-by-round.png");
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const image = PNG.sync.read(Buffer.concat(chunks));
    expect([image.width, image.height]).toEqual([1920, 1280]);
    let ink = 0;
    let accent = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
      if (r < 200 || g < 200 || b < 200) ink++;
      if (Math.abs(r - 0x2f) < 12 && Math.abs(g - 0x62) < 12 && Math.abs(b - 0xc9) < 12) accent++;
    }
    expect(ink / (image.width * image.height), "text and bars are drawn").toBeGreaterThan(0.01);
    expect(accent, "the released bars are drawn in the accent colour").toBeGreaterThan(1000);
    const svg = await request.get("/charts/releases-by-round.svg");
    expect(svg.headers()["content-type"]).toContain("image/svg+xml");
    expect(await svg.text()).toContain(getChartSpec("releases-by-round").title);
  });

  test("copy buttons put the exact snippets on the clipboard", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.clock.setFixedTime(new Date(`${ACCESSED}T12:00:00`));
    const spec = chartSpecs[2];
    await page.goto(`/charts/${spec.id}`);
    const target = { path: `/embed/${spec.id}`, title: spec.title };
    const permalink = `${siteUrl}/charts/${spec.id}`;

    const citation = {
      chartId: spec.id,
      chartTitle: spec.title,
      permalink,
      sources: await page
        .locator(`figure[data-chart="${spec.id}"] [data-source-link]`)
        .allInnerTexts()
        .then((t) => [...new Set(t)]),
      datasetTitle: dataset.meta.title,
      datasetVersion: dataset.meta.version,
      datasetUpdated: dataset.meta.updated,
      accessed: ACCESSED,
    };
    const expected: [string, string][] = [
      ["Copy embed code", responsiveEmbedCode(target)],
      ["Copy plain iframe code", iframeCode(target)],
      ["Copy permalink", permalink],
      ["Copy citation", formatChartCitation(citation)],
      ["Copy BibTeX", formatChartBibtex(citation)],
    ];
    await page.getByText("If your content system strips scripts").click();
    for (const [name, text] of expected) {
      const button = page.getByRole("button", { name, exact: true });
      await button.click();
      await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText()), name).toBe(text);
      await expect(page.getByRole("button", { name: "Copied" })).toHaveCount(0, { timeout: 5000 });
    }
    await expect(page.locator('[data-citation="plain"]')).toContainText("(accessed 5 January 2027)");
  });

  test("a chart page prints on one A4 page with its caption and sources", async ({ page }) => {
    await page.goto("/charts/released-vs-held");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("[data-share-panel]")).toBeHidden();
    await expect(page.locator("[data-source-line]")).toBeVisible();
    await expect(page.locator("[data-print-only]")).toHaveText(
      /^https:\/\/.+\/charts\/released-vs-held · Dataset version \d+\.\d+\.\d+, updated /,
    );
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
  });
});
