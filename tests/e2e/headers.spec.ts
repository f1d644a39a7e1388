import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { firstScriptPath, isBuilt, sitePages, skipReason } from "./pages";
import { corsProblems, policyProblems } from "./security-policy";

test.describe("security headers from npm start (serve + serve.json)", () => {
  for (const p of sitePages) {
    test(`${p.type} ${p.path} carries the ${p.frameable ? "embeddable" : "no-framing"} policy`, async ({ request }) => {
      test.skip(skipReason(p) !== undefined, skipReason(p));
      const response = await request.get(p.path, { maxRedirects: 0 });
      expect(response.status()).toBe(p.status);
      expect(policyProblems(response.headers(), p.frameable)).toEqual([]);
      expect(corsProblems(response.headers(), p.openData)).toEqual([]);
    });
  }

  test("static JavaScript carries the policy and its real type", async ({ request }) => {
    const response = await request.get(firstScriptPath());
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/javascript/);
    expect(policyProblems(response.headers(), false)).toEqual([]);
  });

  test("directories are not listed", async ({ request }) => {
    const response = await request.get("/_next/static", { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain("Page not found");
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/*
 * serve matches header rules against the served FILE, not the URL. Until the embed routes are built, a fixture
 * site with the same shape (embed/x.html, embed/compare/a/b.html) proves that serve.json's rules reach clean URLs.
 */
test.describe("serve.json on a fixture site with embed pages", () => {
  test.describe.configure({ mode: "serial" });
  let server: ChildProcess | undefined;
  let dir = "";
  let origin = "";

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "headers-fixture-"));
    const files: Record<string, string> = {
      "index.html": "<h1>Dashboard fixture</h1>",
      "404.html": "<h1>Missing fixture</h1>",
      "embed/x.html": "<h1>Embed fixture</h1>",
      "embed/compare/a/b.html": "<h1>Embed compare fixture</h1>",
      "embedded.html": "<h1>Not an embed</h1>",
    };
    for (const [file, html] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), `<!doctype html><html lang="en"><title>fixture</title>${html}</html>`);
    }
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [
        join(process.cwd(), "node_modules/serve/build/main.js"),
        dir,
        "--config",
        join(process.cwd(), "serve.json"),
        "--no-clipboard",
        "-l",
        `tcp://127.0.0.1:${port}`,
      ],
      { env: { ...process.env, NO_UPDATE_CHECK: "1" }, stdio: "ignore" },
    );
    await expect
      .poll(
        async () =>
          fetch(origin).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 10_000 },
      )
      .toBe(200);
  });

  test.afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  const cases = [
    { path: "/", status: 200, frameable: false },
    { path: "/embed/x", status: 200, frameable: true },
    { path: "/embed/compare/a/b", status: 200, frameable: true },
    { path: "/embedded", status: 200, frameable: false },
    { path: "/embed/missing", status: 404, frameable: false },
  ];
  for (const c of cases) {
    test(`${c.path} is ${c.frameable ? "frameable" : "not frameable"}`, async ({ request }) => {
      const response = await request.get(`${origin}${c.path}`, { maxRedirects: 0 });
      expect(response.status()).toBe(c.status);
      expect(policyProblems(response.headers(), c.frameable)).toEqual([]);
    });
  }

  test("a foreign page can frame /embed/x but not the dashboard", async ({ page }) => {
    expect(await frameFromForeignOrigin(page, `${origin}/embed/x`)).toEqual({ loaded: true, heading: "Embed fixture" });
    expect(await frameFromForeignOrigin(page, `${origin}/`)).toMatchObject({ loaded: false });
  });
});

/*
 * The publisher's page is served from its own loopback server: a different origin from the site (another port),
 * yet in the same address space, so Chromium's local-network rules do not get in the way.
 */
let publisher: Server | undefined;
let publisherOrigin = "";

test.beforeAll(async () => {
  const port = await freePort();
  publisher = createHttpServer((req, res) => {
    const target = new URL(req.url ?? "/", "http://localhost").searchParams.get("frame") ?? "about:blank";
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><html lang="en"><title>Publisher</title><h1>Article</h1><iframe title="chart" src="${encodeURI(target)}"></iframe></html>`,
    );
  });
  await new Promise<void>((resolve) => publisher!.listen(port, "localhost", resolve));
  publisherOrigin = `http://localhost:${port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => publisher?.close(resolve));
});

/** Opens a publisher's page on another origin that frames `target`; reports whether the frame shows the target. */
async function frameFromForeignOrigin(page: Page, target: string) {
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /frame-ancestors|X-Frame-Options/.test(message.text())) refusals.push(message.text());
  });
  // goto resolves on the publisher's load event, which waits for the iframe to load or fail.
  await page.goto(`${publisherOrigin}/article?frame=${encodeURIComponent(target)}`);
  expect(new URL(page.url()).origin).not.toBe(new URL(target).origin);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  const heading = frame?.url().startsWith(target)
    ? await frame
        .locator("h1")
        .textContent({ timeout: 2_000 })
        .catch(() => null)
    : null;
  return heading ? { loaded: true, heading } : { loaded: false, refusals };
}

test.describe("framing the built site from another origin", () => {
  const dashboard = sitePages.find((p) => p.type === "dashboard")!;
  const embed = sitePages.find((p) => p.frameable)!;

  test("the dashboard refuses to be framed", async ({ page, baseURL }) => {
    const result = await frameFromForeignOrigin(page, `${baseURL}${dashboard.path}`);
    expect(result.loaded).toBe(false);
    await expect.poll(() => result.refusals?.length ?? 0).toBeGreaterThan(0);
  });

  test("an embed can be framed", async ({ page, baseURL }) => {
    test.skip(!isBuilt(embed), skipReason(embed));
    const result = await frameFromForeignOrigin(page, `${baseURL}${embed.path}`);
    expect(result.loaded).toBe(true);
  });
});
