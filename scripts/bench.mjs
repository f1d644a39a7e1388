// npm run bench — a benchmark, not a test. Builds the site (timed), serves out/ with serve.json on a free loopback
// port, runs Lighthouse (mobile and desktop presets, Debian Chromium, N runs each, medians) on the pages below and
// prints one table. Options: --skip-build (reuse out/), --runs=N (default 3), --pages=/,/sources (other pages),
// --json=FILE (also write the results).
import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium-flags.mjs";
import { chartJsChunks, htmlFileFor, pageWeight } from "./page-weight.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "out");
const args = new Map(
  process.argv
    .slice(2)
    .map((a) => a.replace(/^--/, "").split("="))
    .map(([k, v]) => [k, v ?? "true"]),
);
const RUNS = Number(args.get("runs") ?? 3);
const PAGES = args.has("pages") ? args.get("pages").split(",") : ["/", "/compare/2025-12/2026-03", "/embed/releases-by-round"];
const PRESETS = { mobile: undefined, desktop: desktopConfig };
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function summarise(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue;
  const requests = lhr.audits["network-requests"]?.details?.items ?? [];
  const scriptTransfer = requests.filter((r) => r.resourceType === "Script").reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const score = (id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  const failing = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
    .map((a) => a.id);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: audit("largest-contentful-paint"),
    tbtMs: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    bytes: audit("total-byte-weight"),
    scriptTransfer,
    failing,
    // Lighthouse's own measure of host CPU speed: its 4× mobile slowdown assumes a fast, idle machine.
    benchmarkIndex: lhr.environment?.benchmarkIndex,
  };
}

const kib = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)}` : "–");

async function main() {
  let buildSeconds = NaN;
  if (args.get("skip-build") !== "true") {
    const started = performance.now();
    const build = spawnSync("npm", ["run", "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) throw new Error("npm run build failed");
    buildSeconds = (performance.now() - started) / 1000;
  }

  const port = await freePort();
  const server = spawn(
    join(root, "node_modules", ".bin", "serve"),
    ["out", "--config", "../serve.json", "--no-clipboard", "-l", `tcp://127.0.0.1:${port}`],
    {
      cwd: root,
      stdio: "ignore",
      env: { ...process.env, NO_UPDATE_CHECK: "1" },
    },
  );
  const base = `http://127.0.0.1:${port}`;
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? CHROMIUM_PATH, chromeFlags: CHROME_FLAGS });
  const rows = [];
  try {
    await waitForHttp(base);
    for (const route of PAGES) {
      const file = htmlFileFor(outDir, route);
      if (!file) {
        rows.push({ route, missing: true });
        continue;
      }
      const weight = pageWeight(outDir, file);
      for (const [preset, config] of Object.entries(PRESETS)) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) {
          const result = await lighthouse(`${base}${route}`, { port: chrome.port, output: "json", logLevel: "error" }, config);
          runs.push(summarise(result.lhr));
        }
        const pick = (key) => median(runs.map((r) => r[key]));
        rows.push({
          route,
          preset,
          performance: pick("performance"),
          accessibility: pick("accessibility"),
          bestPractices: pick("bestPractices"),
          seo: pick("seo"),
          lcpMs: pick("lcpMs"),
          tbtMs: pick("tbtMs"),
          cls: pick("cls"),
          bytes: pick("bytes"),
          scriptTransfer: pick("scriptTransfer"),
          benchmarkIndex: pick("benchmarkIndex"),
          jsGz: weight.totalJsGz,
          initialJsGz: weight.initialJsGz,
          jsBeforeChartGz: weight.jsBeforeChartGz,
          failing: [...new Set(runs.flatMap((r) => r.failing))],
        });
        process.stderr.write(`measured ${route} (${preset})\n`);
      }
    }
  } finally {
    await chrome.kill();
    server.kill();
  }

  const header = [
    "page",
    "preset",
    "Perf",
    "A11y",
    "BP",
    "SEO",
    "LCP s",
    "TBT ms",
    "CLS",
    "KiB sent",
    "JS KiB sent",
    "JS KiB gz",
    "JS KiB gz before input",
    "JS KiB gz before chart",
    "CPU index",
  ];
  const table = rows.map((r) =>
    r.missing
      ? [r.route, "missing", ...Array(header.length - 2).fill("")]
      : [
          r.route,
          r.preset,
          r.performance,
          r.accessibility,
          r.bestPractices,
          r.seo,
          (r.lcpMs / 1000).toFixed(2),
          Math.round(r.tbtMs),
          r.cls.toFixed(3),
          kib(r.bytes),
          kib(r.scriptTransfer),
          kib(r.jsGz),
          kib(r.initialJsGz),
          kib(r.jsBeforeChartGz),
          Math.round(r.benchmarkIndex),
        ].map(String),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  console.log(`\nLighthouse ${RUNS} run(s) per page and preset, medians; Chromium at ${process.env.CHROME_PATH ?? CHROMIUM_PATH}`);
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of table) console.log(line(row));
  const chunks = chartJsChunks(outDir);
  console.log(
    `\nchart.js, fetched only when a chart scrolls into view: ${chunks.map((c) => `${kib(c.gzBytes)} KiB gz`).join(", ") || "none"}`,
  );
  console.log(`Build time: ${Number.isFinite(buildSeconds) ? `${buildSeconds.toFixed(1)} s` : "skipped (--skip-build)"}`);
  for (const r of rows.filter((row) => row.failing?.length))
    console.log(`Audits below 100 on ${r.route} (${r.preset}): ${r.failing.join(", ")}`);
  if (args.has("json")) writeFileSync(args.get("json"), JSON.stringify({ buildSeconds, runs: RUNS, rows }, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
