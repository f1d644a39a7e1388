import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { chartJsChunks, htmlFileFor, htmlFilesUnder, pageWeight } from "../../scripts/page-weight.mjs";
import { PREFIXED_LOCALES } from "../../data/text/locales";
import { chartJsChunkGz, localisedPages, localisedTextAllowanceGz, pageTypeBudgets } from "./budgets";

// Reads the built site from disk (deterministic: no browser, no network); run after `npm run build`.
const outDir = fileURLToPath(new URL("../../out/", import.meta.url));
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

test.describe("byte budgets (gzipped JavaScript per page type)", () => {
  // The same budgets hold in every language (/pl/… is the English page module with other words), but for the words
  // themselves in the inline payload: localisedTextAllowanceGz.
  for (const [type, budget] of Object.entries(pageTypeBudgets)) {
    for (const locale of [undefined, ...PREFIXED_LOCALES]) {
      const pages = locale ? localisedPages(budget.pages, locale) : budget.pages;
      if (!pages) continue;
      test(`${type} pages${locale ? ` in ${locale}` : ""} stay within budget`, () => {
        const files =
          "route" in pages ? [htmlFileFor(outDir, pages.route)].filter((f) => f !== null) : htmlFilesUnder(outDir, pages.folder);
        if (locale) expect(files.length, `${type} pages in ${locale}`).toBeGreaterThan(0);
        test.skip(files.length === 0, `no ${type} pages in out/ on this branch`);
        for (const file of files) {
          const weight = pageWeight(outDir, file);
          const page = file.slice(outDir.length);
          test.info().annotations.push({
            type: "weight",
            description: `${page}: ${kib(weight.totalJsGz)} gz JS, ${kib(weight.initialJsGz)} before input, HTML ${kib(weight.htmlGzBytes)} gz`,
          });
          expect(weight.scripts.length, `${page} loads the app's scripts`).toBeGreaterThan(0);
          expect(weight.chartJsInInitial, `${page} must not load chart.js before a chart is in view`).toBe(false);
          expect(weight.totalJsGz, `${page}: ${kib(weight.totalJsGz)} of gzipped JS`).toBeLessThanOrEqual(budget.totalJsGz);
          expect(weight.initialJsGz, `${page}: ${kib(weight.initialJsGz)} of gzipped JS before input`).toBeLessThanOrEqual(
            budget.initialJsGz + (locale ? localisedTextAllowanceGz : 0),
          );
          const loadedAtOnce = weight.scripts.filter((s) => !s.onDemand).map((s) => s.src);
          if (budget.runtimeOnDemand) expect(loadedAtOnce, `${page} must leave the runtime to its on-demand loader`).toEqual([]);
          if (budget.jsBeforeChartGz !== undefined && weight.charts > 0) {
            expect(weight.jsBeforeChartGz, `${page}: JS needed before its chart is visible`).toBeLessThanOrEqual(budget.jsBeforeChartGz);
          }
        }
      });
    }
  }

  test("chart.js is split into its own on-demand chunk of registered parts only", () => {
    const chunks = chartJsChunks(outDir);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.gzBytes, kib(chunks[0]!.gzBytes)).toBeLessThanOrEqual(chartJsChunkGz);
  });
});
