/** The permalink of a comparison; kept free of the dataset so the client leaf can use it. */
export function compareHref(a: string, b: string): string {
  return `/compare/${a}/${b}`;
}
