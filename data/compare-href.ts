/** The permalink of a comparison; kept free of the dataset so the client leaf can use it. */
export function compareHref(a: string, b: string): string {
  return `/compare/${a}/${b}`;
}

/** A comparison as one short string ("2025-12/2026-03"): the key of the pair list the client leaf checks a query against. */
export function comparisonKey(a: string, b: string): string {
  return `${a}/${b}`;
}
