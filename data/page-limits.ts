/**
 * How far the site lets one page, or the number of pages, grow with the dataset. Up to these sizes every page shows
 * everything (the real dataset is far below them); beyond them the count of pages and the bytes of each page grow no
 * faster than the number of rounds (`npm run bench:growth` measures it).
 */

/** Up to this many sides (rounds and aggregates), every ordered pair has a comparison page; beyond, see comparisonPairs(). */
export const ALL_PAIRS_UP_TO_SIDES = 12;

