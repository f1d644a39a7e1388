/**
 * How far the site lets one page, or the number of pages, grow with the dataset. Up to these sizes every page shows
 * everything (the real dataset is far below them); beyond them the count of pages and the bytes of each page grow no
 * faster than the number of rounds (`npm run bench:growth` measures it).
 */

/** Up to this many sides (rounds and aggregates), every ordered pair has a comparison page; beyond, see comparisonPairs(). */
export const ALL_PAIRS_UP_TO_SIDES = 12;

/** The dashboard lists and charts the latest this many rounds; /rounds and the chart pages keep every round. */
export const DASHBOARD_LATEST_ROUNDS = 12;

/** A running total's formula lists every term up to this many; beyond, it adds the round to the previous total. */
export const MAX_FORMULA_TERMS = 12;

/** The last `count` items of a per-round list: what a page shows when it shows only the latest rounds. */
export function latestOf<T>(items: T[], count: number): T[] {
  return items.slice(Math.max(0, items.length - count));
}
