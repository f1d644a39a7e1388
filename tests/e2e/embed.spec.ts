import AxeBuilder from "@axe-core/playwright";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Frame, type Page } from "@playwright/test";
import { chartSpecs } from "@/data/chart-specs";
import { buildChartModel } from "@/data/chart-data";
import { EMBED_HEIGHT, EMBED_HEIGHT_LIMITS, EMBED_THEME_MESSAGE_TYPE, iframeCode, responsiveEmbedCode } from "@/data/embed-code";
import { dataset } from "@/data/dataset";
import { formatDateShort } from "@/data/format-figure";
import { siteUrl } from "@/data/site";

const COMPARISON = { a: "2025-09", b: "2025-12", title: "Released: September 2025 and December 2025" };

/**
 * The host pages live on a second origin: a tiny server on another port. (A page fulfilled by page.route counts as a
 * public page, and Chromium's private-network rules then block its frames from loading the local site.)
 */
const hostPages = new Map<string, string>();
let host: Server;
let hostOrigin: string;

test.beforeAll(async () => {
  host = createServer((request, response) => {
    const body = hostPages.get(request.url ?? "");
    response.writeHead(body ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
    response.end(body ?? "not found");
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

function embeds() {
  return [
    ...chartSpecs.map((spec) => ({ key: spec.id, path: `/embed/${spec.id}`, title: spec.title })),
    { key: "compare", path: `/embed/compare/${COMPARISON.a}/${COMPARISON.b}`, title: COMPARISON.title },
  ];
}

async function serveHost(page: Page, name: string, body: string) {
  hostPages.set(
    `/${name}.html`,
    `<!doctype html><html><head><title>Host</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`,
  );
  await page.goto(`${hostOrigin}/${name}.html`);
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

async function frameOf(page: Page, id: string): Promise<Frame> {
  const iframe = page.locator(`iframe#${id}`);
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle())!.contentFrame();
  expect(frame, `iframe ${id} has a document`).not.toBeNull();
  return frame!;
}

/**
 * Waits until the frame shows its static SVG chart with visibly painted marks (bars, points), and returns how many:
 * each mark must have a size on screen and a palette fill, not "none" or transparent.
 */
async function drawnMarks(frame: Frame): Promise<number> {
  const handle = await frame.waitForFunction(() => {
    const svg = document.querySelector("[data-chart-svg] svg[role=img]");
    if (!svg || svg.getBoundingClientRect().height < 100) return 0;
    const painted = [...svg.querySelectorAll("[data-mark] rect, [data-mark] circle, [data-mark] path")].filter((mark) => {
      const box = mark.getBoundingClientRect();
      const fill = getComputedStyle(mark).fill;
      return box.width > 0 && box.height > 0 && fill !== "none" && !fill.startsWith("rgba(0, 0, 0, 0)");
    });
    return painted.length;
  });
  return (await handle.jsonValue()) as number;
}

test.describe("embeds on another origin", () => {
  test("every chart and a comparison load, draw, link back and resize through the host script", async ({ page, baseURL }) => {
    const errors = collectErrors(page);
    const codes = embeds().map((e) =>
      responsiveEmbedCode({ path: e.path, title: e.title }, baseURL).replace("<iframe ", `<iframe id="${e.key}" `),
    );
    await serveHost(page, "responsive", codes.join("\n"));
    expect(new URL(page.url()).origin).not.toBe(new URL(baseURL!).origin);

    for (const e of embeds()) {
      const frame = await frameOf(page, e.key);
      expect(await drawnMarks(frame)).toBeGreaterThan(1);
      await expect(frame.getByRole("heading", { level: 1 })).toHaveText(e.title);
      await expect(frame.locator("[data-source-line]")).toContainText(/Sources?: /);
      const back = frame.getByRole("link", { name: "Chart page, sources and citation" });
      await expect(back).toHaveAttribute("target", "_top");
      await expect(back).toHaveAttribute("rel", "noopener");
      if (e.key !== "compare") await expect(back).toHaveAttribute("href", `${siteUrl}/charts/${e.key}`);

      const content = await frame.locator("[data-embed]").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      await expect.poll(() => page.locator(`iframe#${e.key}`).evaluate((el: HTMLIFrameElement) => el.style.height)).toBe(`${content}px`);
      const box = await page.locator(`iframe#${e.key}`).boundingBox();
      expect(Math.round(box!.height)).toBe(Math.min(EMBED_HEIGHT_LIMITS.max, Math.max(EMBED_HEIGHT_LIMITS.min, content)));
    }
    expect(errors).toEqual([]);
  });

  test("the comparison embed names its original sources", async ({ page }) => {
    await page.goto(`/embed/compare/${COMPARISON.a}/${COMPARISON.b}`);
    await expect(page.locator("[data-source-line]")).toContainText("AP, “Belarus frees 52 prisoners, Lithuanian…”");
    await expect(page.locator("[data-source-line]")).toContainText("PISM, 15 Dec 2025");
    await expect(page.locator("[data-source-line]")).not.toContainText("73165-info.com");
  });

  test("works in a sandboxed frame and with no host script at all", async ({ page, baseURL }) => {
    const errors = collectErrors(page);
    const plain = iframeCode({ path: "/embed/held-over-time", title: "Held" }, baseURL).replace("<iframe ", '<iframe id="plain" ');
    const sandboxed = iframeCode({ path: "/embed/releases-by-round", title: "Released" }, baseURL).replace(
      "<iframe ",
      '<iframe id="sandboxed" sandbox="allow-scripts allow-popups" ',
    );
    await serveHost(page, "sandbox", `${plain}\n${sandboxed}`);

    const plainFrame = await frameOf(page, "plain");
    expect(await drawnMarks(plainFrame)).toBeGreaterThan(1);
    await expect(page.locator("iframe#plain")).toHaveAttribute("height", String(EMBED_HEIGHT));
    const plainBox = await page.locator("iframe#plain").boundingBox();
    expect(Math.round(plainBox!.height)).toBe(EMBED_HEIGHT);
    const contentHeight = await plainFrame.locator("[data-embed]").evaluate((el) => el.getBoundingClientRect().height);
    expect(contentHeight, "the default height shows the whole embed").toBeLessThanOrEqual(EMBED_HEIGHT);

    const sandboxFrame = await frameOf(page, "sandboxed");
    expect(await drawnMarks(sandboxFrame)).toBeGreaterThan(1);
    expect(await sandboxFrame.evaluate(() => window.origin)).toBe("null");
    await expect(sandboxFrame.getByRole("link", { name: "Chart page, sources and citation" })).toHaveAttribute("target", "_blank");
    await expect(sandboxFrame.getByRole("link", { name: "Get the data" })).toHaveAttribute("target", "_blank");
    expect(errors).toEqual([]);
  });
});

test.describe("embeds a newsroom will publish", () => {
  const background = (frame: Frame | Page) => frame.locator("main[data-embed-root]").evaluate((el) => getComputedStyle(el).backgroundColor);

  test("an embed is light under a dark system setting unless asked, and switches on ?theme= and the host's message", async ({
    page,
    baseURL,
  }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/embed/releases-by-round?theme=light");
    const light = await background(page);
    await page.goto("/embed/releases-by-round?theme=dark");
    const dark = await background(page);
    expect(light).not.toBe(dark);
    await page.goto("/embed/releases-by-round");
    expect(await background(page)).toBe(light);
    await page.goto("/embed/releases-by-round?theme=auto");
    expect(await background(page)).toBe(dark);

    const errors = collectErrors(page);
    await serveHost(
      page,
      "theme",
      iframeCode({ path: "/embed/held-over-time", title: "Held" }, baseURL).replace("<iframe ", '<iframe id="themed" '),
    );
    const frame = await frameOf(page, "themed");
    await expect(frame.locator("[data-source-line]")).toBeVisible();
    expect(await background(frame)).toBe(light);
    const send = (data: unknown) =>
      page.locator("iframe#themed").evaluate((el: HTMLIFrameElement, message) => el.contentWindow!.postMessage(message, "*"), data);
    await send({ type: EMBED_THEME_MESSAGE_TYPE, theme: "dark" });
    await expect.poll(() => background(frame)).toBe(dark);
    await send({ type: EMBED_THEME_MESSAGE_TYPE, theme: "neon" });
    await send({ type: "something-else", theme: "light" });
    await send("light");
    await page.waitForTimeout(100);
    expect(await background(frame)).toBe(dark);
    await send({ type: EMBED_THEME_MESSAGE_TYPE, theme: "light" });
    await expect.poll(() => background(frame)).toBe(light);
    await send({ type: EMBED_THEME_MESSAGE_TYPE, theme: "auto" });
    await expect.poll(() => background(frame)).toBe(dark);
    expect(errors).toEqual([]);
  });

  test("shows the takeaway, the lower-bound note, a short credit, the data's date and its links", async ({ page }) => {
    await page.goto("/embed/held-over-time");
    const model = buildChartModel("held-over-time");
    await expect(page.locator("[data-takeaway]")).toHaveText(model.takeaway);
    await expect(page.locator("[data-embed-note]").first()).toContainText("a lower bound");
    const credit = page.locator("[data-source-line]");
    await expect(credit).toContainText("PISM, 15 Dec 2025");
    await expect(credit).toContainText(`Data as of ${formatDateShort(dataset.meta.updated)}`);
    await expect(page.getByRole("link", { name: "Get the data" })).toHaveAttribute("href", `${siteUrl}/data/held-over-time.csv`);
    await expect(page.getByRole("link", { name: "Chart page, sources and citation" })).toHaveAttribute(
      "href",
      `${siteUrl}/charts/held-over-time`,
    );
  });

  test("the plain iframe's height leaves no large blank band at common article widths", async ({ page }) => {
    for (const width of [480, 640, 800]) {
      await page.setViewportSize({ width, height: 900 });
      for (const spec of chartSpecs) {
        await page.goto(`/embed/${spec.id}`);
        const content = await page.locator("[data-embed]").evaluate((el) => el.getBoundingClientRect().height);
        expect(EMBED_HEIGHT - content, `${spec.id} at ${width} px: ${Math.round(content)} px of content in ${EMBED_HEIGHT}`).toBeLessThan(
          100,
        );
      }
    }
  });
});

test.describe("embed pages", () => {
  test("?theme= overrides the default light theme, and a bad value says so", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/embed/releases-by-round?theme=dark");
    await expect(page.locator("main[data-theme]")).toHaveAttribute("data-theme", "dark");
    await expect(page.locator("[data-embed-notice]")).toHaveCount(0);
    const background = await page.locator("main[data-theme]").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe("rgb(20, 23, 28)");

    await page.goto("/embed/releases-by-round?theme=purple");
    await expect(page.locator("[data-embed-notice]")).toContainText(
      "Ignored theme=“purple”: expected light or dark or auto. Showing the light theme.",
    );
    await expect(page.locator("main[data-theme]")).toHaveAttribute("data-theme", "light");
    expect(await drawnMarks(page.mainFrame())).toBeGreaterThan(1);
  });

  for (const path of ["/embed/held-over-time", "/embed/releases-by-round?theme=dark"])
    test(`${path} has no axe violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("[data-chart-svg] svg[role=img]")).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    });

  test("an embed carries no Next runtime: one small same-origin script, nothing from another origin", async ({ page, baseURL }) => {
    const errors = collectErrors(page);
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto("/embed/compare/2025-12/2026-03");
    await page.waitForLoadState("load");
    expect(
      requests.every((url) => url.startsWith(baseURL!)),
      requests.join("\n"),
    ).toBe(true);
    expect(requests.filter((url) => url.includes("/_next/"))).toEqual([]);
    const scripts = await page.locator("script").evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).src || "inline"));
    expect(scripts).toEqual([`${baseURL}/embed-runtime.js`]);
    expect(errors).toEqual([]);
  });

  test("with JavaScript off, the chart, its title, sources and link back are all there", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto("/embed/held-over-time");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(chartSpecs.find((c) => c.id === "held-over-time")!.title);
    expect(await drawnMarks(page.mainFrame())).toBeGreaterThan(1);
    await expect(page.locator("[data-mark=lower-bound] title", { hasText: "PISM" })).toContainText("more than 1,000");
    await expect(page.locator("[data-source-line]")).toContainText(`Data as of ${formatDateShort(dataset.meta.updated)}.`);
    await expect(page.locator("[data-source-line]")).toContainText(/Sources?: /);
    await expect(page.getByRole("link", { name: "Chart page, sources and citation" })).toHaveAttribute("target", "_top");
    await expect(page.getByRole("link", { name: "Get the data" })).toHaveAttribute("href", `${siteUrl}/data/held-over-time.csv`);
    await expect(page.locator("main[data-theme]")).toHaveAttribute("data-theme", "light");
    await context.close();
  });

  test("in the dark scheme the marks take the dark palette when the embed follows it (?theme=auto)", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/embed/releases-by-round?theme=auto");
    const fill = await page
      .locator("[data-mark] > rect")
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
    expect(fill).toBe("rgb(111, 158, 240)"); // palette.dark.accent
    await page.goto("/embed/releases-by-round?theme=light");
    expect(
      await page
        .locator("[data-mark] > rect")
        .first()
        .evaluate((el) => getComputedStyle(el).fill),
    ).toBe("rgb(47, 98, 201)");
  });

  test("an unknown chart or pair is a 404", async ({ page }) => {
    for (const path of ["/embed/unknown", "/embed/compare/2025-09/1999-01", "/charts/unknown", "/oembed/unknown.json"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });

  test("embeds may be framed by any site; the rest of the site may not", async ({ request }) => {
    const embed = await request.get("/embed/releases-by-round");
    expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed.headers()["x-frame-options"]).toBeUndefined();
    const chartPage = await request.get("/charts/releases-by-round");
    expect(chartPage.headers()["x-frame-options"]).toBe("DENY");
  });
});
