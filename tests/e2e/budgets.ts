/**
 * Byte budgets, in gzipped bytes, checked by budget.spec.ts against the built out/ folder. Set from the measurements
 * of `npm run bench` (November 2026, Next 16.4.6 + React 19.3.1) with 5–10% headroom.
 * - The Next/React runtime is ~132 KiB gz; scripts/boot-on-demand.mjs makes every site page fetch it only when the
 *   reader presses a key or touches the page, or an interactive element comes into view. Before that a page runs only
 *   its inline scripts: the runtime's data (the RSC payload) and the 0.5 KiB loader.
 * - chart.js (~59 KiB gz) is fetched only when a chart scrolls into view, so any budget below fails if chart.js lands
 *   in a page's scripts again.
 */
const KiB = 1024;

export interface PageTypeBudget {
  /** Which exported pages belong to this type: one route, or every HTML file under a folder of out/. */
  pages: { route: string } | { folder: string };
  /** All JavaScript the page may load (external scripts, loaded at once or on demand, + inline scripts), gzipped. */
  totalJsGz: number;
  /** JavaScript that runs before any reader input or interactive element in view: inline scripts + scripts loaded at once. */
  initialJsGz: number;
  /** True for App Router pages: the HTML itself loads no external script; the runtime comes on demand. */
  runtimeOnDemand: boolean;
  /** JavaScript needed before the chart is visible: 0 with the SVG-first charts. */
  jsBeforeChartGz?: number;
}

export const pageTypeBudgets: Record<string, PageTypeBudget> = {
  // measured: total 160.5 KiB, initial 27.0 KiB (of which 26.5 KiB is the RSC payload). Issue 10 (Dec 2026) added the
  // latest count, the releases outside the rounds, the context figures and three held series; merged with the compact
  // dashboard of issue 12: 162.4 / 28.9 KiB.
  dashboard: { pages: { route: "/" }, totalJsGz: 170 * KiB, initialJsGz: 31 * KiB, runtimeOnDemand: true, jsBeforeChartGz: 0 },
  // 144.4 / 12.0; with the releases outside the rounds listed in full, 145.9 / 13.5
  // and the context figures (moved from the dashboard): 146.2 / 15.3
  roundsIndex: { pages: { route: "/rounds" }, totalJsGz: 156 * KiB, initialJsGz: 18 * KiB, runtimeOnDemand: true },
  round: { pages: { folder: "rounds" }, totalJsGz: 152 * KiB, initialJsGz: 13 * KiB, runtimeOnDemand: true }, // 144.5 / 12.1
  // 161.1 / 28.7 since every disagreement's full record (sides, quotes, sources) moved here from the dashboard (24.3);
  // with the 9 sources of issue 10: 166.2 / 33.8
  sources: { pages: { route: "/sources" }, totalJsGz: 172 * KiB, initialJsGz: 36 * KiB, runtimeOnDemand: true },
  changes: { pages: { route: "/changes" }, totalJsGz: 154 * KiB, initialJsGz: 14 * KiB, runtimeOnDemand: true }, // 145.3 / 12.9
  notFound: { pages: { route: "/404" }, totalJsGz: 148 * KiB, initialJsGz: 8 * KiB, runtimeOnDemand: true }, // 139.6 / 7.2
  // heaviest: /compare/2025-12/2025, total 158.6 KiB, initial 23.3 KiB. Issue 10 (more held counts and disagreements,
  // the days' range and its evidence): 162.8 / 27.4 KiB. Issue 11: the comparison at a glance adds a third chart, static
  // SVG only (no chart.js, no client props), but Next's inline RSC payload repeats server markup (+2 KiB).
  compare: { pages: { folder: "compare" }, totalJsGz: 172 * KiB, initialJsGz: 31 * KiB, runtimeOnDemand: true, jsBeforeChartGz: 0 },
  // heaviest: /charts/held-over-time, total 148.2 KiB, initial 12.8 KiB; with three held series and the events 150.2 / 14.7
  chart: { pages: { folder: "charts" }, totalJsGz: 165 * KiB, initialJsGz: 16 * KiB, runtimeOnDemand: true, jsBeforeChartGz: 0 },
  // Embeds are static documents without the Next runtime: their one script, /embed-runtime.js, measured 0.93 KiB gz
  // (949 bytes). Any framework code landing in an embed fails this at once.
  embed: { pages: { folder: "embed" }, totalJsGz: 1 * KiB, initialJsGz: 1 * KiB, runtimeOnDemand: false, jsBeforeChartGz: 0 },
};

/**
 * The same page type in another language: /pl, /pl/rounds, every HTML file under pl/charts… The one 404 page is
 * shared by every language, so it has no copy.
 */
export function localisedPages(pages: PageTypeBudget["pages"], locale: string): PageTypeBudget["pages"] | undefined {
  if ("folder" in pages) return { folder: `${locale}/${pages.folder}` };
  if (pages.route === "/404") return undefined;
  return { route: pages.route === "/" ? `/${locale}` : `/${locale}${pages.route}` };
}

/**
 * What a page in Polish, Belarusian or Russian may add to its type's JavaScript before input: nothing but text. The
 * inline RSC payload repeats every word of the page, and the translations are longer in bytes (a Cyrillic letter is
 * two bytes of UTF-8). Measured on 7 Dec 2026 (English page, its budget, the heaviest translation): /charts/held-over-time
 * 15.5 KiB, budget 16, ru 17.2; /rounds/2025-12 12.8, budget 13, pl 13.7; /compare/2025/2026-03 27.0, budget 31, be
 * 31.0. The scripts (totalJsGz less the payload) are the same in every language, so no other budget moves.
 */
export const localisedTextAllowanceGz = 3 * KiB;

/** chart.js and the chart config, loaded on demand: only the registered parts, never chart.js/auto (~70 KiB gz). */
export const chartJsChunkGz = 63 * KiB; // measured 59.0 KiB with react-chartjs-2 (npm run bench, 22 Nov 2026)
