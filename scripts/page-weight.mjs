// What a built page costs in JavaScript, read from out/ on disk: no browser, no server, same answer every time.
// Shared by the byte-budget test (tests/e2e/budget.spec.ts) and the benchmarks (scripts/bench*.mjs).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { onDemandSources } from "./boot-on-demand.mjs";

/** A marker found in every chart.js build (its private `_chartjs` listener key); it must not be in a page's first scripts. */
export const CHART_JS_SIGNATURE = "_chartjs";

/** Gzipped size at zlib's default level, as a static host or `serve` would send it. */
export const gzipSize = (content) => gzipSync(content).length;

/** The exported HTML file for a route ("/" -> index.html, "/sources" -> sources.html), or null when absent. */
export function htmlFileFor(outDir, route) {
  const clean = route.replace(/^\/+|\/+$/g, "");
  const candidates = clean === "" ? ["index.html"] : [`${clean}.html`, join(clean, "index.html")];
  return candidates.map((c) => join(outDir, c)).find((file) => existsSync(file)) ?? null;
}

/** Every HTML file under a folder of out/ (recursively), e.g. all round pages. */
export function htmlFilesUnder(outDir, folder) {
  const root = join(outDir, folder);
  if (!existsSync(root) || !statSync(root).isDirectory()) return [];
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".html"))
    .map((f) => join(root, f))
    .sort();
}

/** The <script> elements of an HTML page: external sources and inline bodies. */
export function scriptsOf(html) {
  const external = [];
  const inline = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc="([^"]+)"/i.exec(match[1])?.[1];
    if (src && /\bnomodule\b/i.test(match[1])) continue; // legacy polyfills: modern browsers never fetch them
    if (src) external.push(src);
    else if (match[2].trim()) inline.push(match[2]);
  }
  return { external, inline };
}

/**
 * The JavaScript weight of one exported HTML page: gzipped bytes of the scripts it loads (external files read from
 * out/, whether the HTML loads them at once or its boot-on-demand loader fetches them when the reader needs them) and
 * of its inline scripts, and whether chart.js is among them. "Initial" JavaScript is what runs before any reader input
 * or interactive element in view: inline scripts and external scripts the HTML loads itself. "Before the chart is
 * visible" is 0 when every chart on the page is drawn as static SVG in the HTML, which paints with no script at all.
 */
export function pageWeight(outDir, htmlFile) {
  const html = readFileSync(htmlFile);
  const text = html.toString("utf8");
  const { external, inline } = scriptsOf(text);
  const script = (src, onDemand) => {
    const file = join(outDir, decodeURIComponent(src.split(/[?#]/)[0]));
    const body = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    return { src, onDemand, bytes: body.length, gzBytes: gzipSize(body), chartJs: body.includes(CHART_JS_SIGNATURE) };
  };
  const scripts = [...external.map((src) => script(src, false)), ...onDemandSources(text).map((src) => script(src, true))];
  const gz = (list) => list.reduce((sum, s) => sum + s.gzBytes, 0);
  const externalJsGz = gz(scripts);
  const inlineJsGz = inline.length ? gzipSize(inline.join("\n")) : 0;
  const initialJsGz = gz(scripts.filter((s) => !s.onDemand)) + inlineJsGz;
  const svgCharts = (text.match(/data-chart-svg=/g) ?? []).length;
  const canvasCharts = (text.match(/data-chart-canvas=/g) ?? []).length;
  return {
    file: htmlFile,
    htmlBytes: html.length,
    htmlGzBytes: gzipSize(html),
    scripts,
    externalJsGz,
    inlineJsGz,
    initialJsGz,
    totalJsGz: externalJsGz + inlineJsGz,
    chartJsInInitial: scripts.some((s) => s.chartJs) || inline.some((s) => s.includes(CHART_JS_SIGNATURE)),
    charts: Math.max(svgCharts, canvasCharts),
    jsBeforeChartGz: svgCharts >= canvasCharts ? 0 : externalJsGz + inlineJsGz,
  };
}

/** The on-demand chunk(s) carrying chart.js, fetched only when a chart scrolls into view. */
export function chartJsChunks(outDir) {
  const dir = join(outDir, "_next", "static", "chunks");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".js"))
    .map((f) => ({ file: join(dir, f), body: readFileSync(join(dir, f)) }))
    .filter(({ body }) => body.includes(CHART_JS_SIGNATURE))
    .map(({ file, body }) => ({ file, bytes: body.length, gzBytes: gzipSize(body) }));
}
