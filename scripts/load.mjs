#!/usr/bin/env node
// npm run load [-- --connections 50 --duration 30]: a bounded load run of `npm start` (serve + serve.json) on
// loopback. It serves the built out/ itself, drives a mix of pages, assets and bad URLs with autocannon, prints
// throughput and latency, and exits non-zero on any socket error, timeout, 5xx or unexpected status.
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const root = join(import.meta.dirname, "..");
const out = join(root, "out");
const { values } = parseArgs({
  options: { connections: { type: "string", default: "50" }, duration: { type: "string", default: "30" } },
});
const connections = Math.min(Number(values.connections), 200);
const duration = Math.min(Number(values.duration), 120);

if (!existsSync(join(out, "index.html"))) {
  console.error("out/ is missing: run npm run build first");
  process.exit(1);
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "_next" ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [relative(out, path)] : [];
  });
}

const pages = htmlFiles(out)
  .filter((file) => !["404.html", "_not-found.html"].includes(file))
  .map((file) => (file === "index.html" ? "/" : `/${file.replace(/(\/index)?\.html$/, "")}`));
const chunks = readdirSync(join(out, "_next/static/chunks"));
const assets = [...chunks.filter((f) => f.endsWith(".js")).slice(0, 3), ...chunks.filter((f) => f.endsWith(".css")).slice(0, 1)].map(
  (f) => `/_next/static/chunks/${f}`,
);
assets.push("/icon.svg");
// Bad URLs and the answer each must get: 404, or 400 where serve refuses a malformed or escaping path.
// A single path segment longer than the file system allows (255 bytes) gets 500 from serve (ENAMETOOLONG;
// nginx answers 404): a limit of the local preview server, so the long URL here is made of short segments.
const bad = new Map([
  ["/no-such-page", 404],
  ["/rounds/1999-01", 404],
  ["/embed/no-such-chart", 404],
  ["/compare/2025-12/1999-01", 404],
  ["/_next/static/chunks/missing.js", 404],
  [`/${Array(20).fill("x".repeat(100)).join("/")}`, 404],
  ["/%E0%A4%A", 400],
  ["/..%2F..%2Fetc%2Fpasswd", 400],
]);
const withQuery = ["/?theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/sources?a=%22%3E%3Cimg%20onerror%3Dx%3E&b="];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const serve = spawn(
  process.execPath,
  [
    join(root, "node_modules/serve/build/main.js"),
    out,
    "--config",
    join(root, "serve.json"),
    "--no-clipboard",
    "--no-request-logging",
    "-l",
    `tcp://127.0.0.1:${port}`,
  ],
  { env: { ...process.env, NO_UPDATE_CHECK: "1" }, stdio: ["ignore", "ignore", "inherit"] },
);
const stop = () => serve.kill();
process.on("exit", stop);

for (let tries = 0; ; tries += 1) {
  const ready = await fetch(origin).then(
    (r) => r.ok,
    () => false,
  );
  if (ready) break;
  if (tries > 100) {
    console.error(`serve did not start on ${origin}`);
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}

// Each path is fetched once first, so an unexpected status is named instead of hidden in a total.
const expected = new Map([...pages, ...withQuery, ...assets].map((path) => [path, 200]));
for (const [path, status] of bad) expected.set(path, status);
const surprises = [];
for (const [path, status] of expected) {
  const response = await fetch(`${origin}${path}`, { redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== status) surprises.push(`${path.slice(0, 80)}: ${response.status}, expected ${status}`);
}

const mix = [...pages, ...withQuery, ...assets, ...bad.keys()].map((path) => ({ method: "GET", path }));
console.log(
  `Load: ${connections} connections for ${duration} s against ${origin} (serve + serve.json), ${pages.length} pages, ${withQuery.length} pages with hostile query strings, ${assets.length} assets, ${bad.size} bad URLs`,
);
const result = await autocannon({ url: origin, connections, duration, requests: mix });
stop();

const byStatus = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]));
const serverErrors = Object.entries(byStatus)
  .filter(([code]) => Number(code) >= 500)
  .reduce((sum, [, count]) => sum + count, 0);
const rows = [
  ["requests", result.requests.total],
  ["requests/s (mean)", Math.round(result.requests.average)],
  ["latency p50 (ms)", result.latency.p50],
  ["latency p99 (ms)", result.latency.p99],
  ["latency max (ms)", result.latency.max],
  ["2xx", result["2xx"]],
  ["404 Not Found", byStatus[404] ?? 0],
  ["400 Bad Request", byStatus[400] ?? 0],
  ["other non-2xx", result.non2xx - (byStatus[404] ?? 0) - (byStatus[400] ?? 0)],
  ["5xx", serverErrors],
  ["socket errors", result.errors],
  ["timeouts", result.timeouts],
  ["MB read", (result.throughput.total / 1e6).toFixed(1)],
];
console.table(Object.fromEntries(rows.map(([k, v]) => [k, { value: v }])));
console.log("status codes:", byStatus);
for (const surprise of surprises) console.error(`unexpected status: ${surprise}`);

const failed =
  result.errors > 0 ||
  result.timeouts > 0 ||
  serverErrors > 0 ||
  surprises.length > 0 ||
  result.non2xx !== (byStatus[404] ?? 0) + (byStatus[400] ?? 0);
if (failed) {
  console.error("FAIL: errors, timeouts, 5xx or unexpected statuses under load");
  process.exit(1);
}
console.log("OK: no errors, timeouts or 5xx");
