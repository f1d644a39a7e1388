/**
 * Byte budgets, in gzipped bytes, checked by budget.spec.ts against the built out/ folder. Set from the measurements
 * of `npm run bench` (November 2026, Next 16.4.6 + React 19.3.1) with about 7% headroom. The Next/React runtime alone
 * is ~132 KiB gz on every page; chart.js (~55 KiB gz) is fetched only when a chart scrolls into view, so any budget
 * below fails if chart.js lands in a page's first scripts again.
 */
const KiB = 1024;

export interface PageTypeBudget {
  /** Which exported pages belong to this type: one route, or every HTML file under a folder of out/. */
  pages: { route: string } | { folder: string };
  /** All JavaScript the HTML loads (external scripts + inline scripts), gzipped, for the heaviest page of the type. */
  totalJsGz: number;
  /** JavaScript needed before the chart is visible: 0 with the SVG-first charts. */
  jsBeforeChartGz?: number;
}

export const pageTypeBudgets: Record<string, PageTypeBudget> = {
  dashboard: { pages: { route: "/" }, totalJsGz: 165 * KiB, jsBeforeChartGz: 0 }, // measured 159.9 KiB after all merges
  round: { pages: { folder: "rounds" }, totalJsGz: 152 * KiB }, // heaviest measured 142.5 KiB
  roundsIndex: { pages: { route: "/rounds" }, totalJsGz: 154 * KiB }, // measured 143.9 KiB with the 6 real rounds (22 Nov 2026)
  sources: { pages: { route: "/sources" }, totalJsGz: 162 * KiB }, // measured 151.4 KiB
  notFound: { pages: { route: "/404" }, totalJsGz: 148 * KiB }, // measured 137.9 KiB
  compare: { pages: { folder: "compare" }, totalJsGz: 170 * KiB, jsBeforeChartGz: 0 }, // /compare/2025-12/2026-03 measured 154.3 KiB
  chart: { pages: { folder: "charts" }, totalJsGz: 165 * KiB, jsBeforeChartGz: 0 },
  // Embeds are static documents without the Next runtime: their one script, /embed-runtime.js, measured 0.93 KiB gz
  // (949 bytes). Any framework code landing in an embed fails this at once.
  embed: { pages: { folder: "embed" }, totalJsGz: 1 * KiB, jsBeforeChartGz: 0 },
};

/** chart.js and the chart config, loaded on demand: only the registered parts, never chart.js/auto (~70 KiB gz). */
export const chartJsChunkGz = 63 * KiB; // measured 59.0 KiB with react-chartjs-2 (npm run bench, 22 Nov 2026)
