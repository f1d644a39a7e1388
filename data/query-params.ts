/**
 * The one parser for query strings. It never throws: unknown keys are ignored, bad values fall back to
 * defaults, and every fallback is reported in `notices` so the page can say what it ignored.
 */
export type Theme = "light" | "dark";

export interface ParsedQuery<T> {
  value: T;
  notices: string[];
}

const MAX_LENGTH = 2_000;

function safeSearchParams(search: unknown): URLSearchParams {
  if (typeof search !== "string") return new URLSearchParams();
  try {
    return new URLSearchParams(search.slice(0, MAX_LENGTH));
  } catch {
    return new URLSearchParams();
  }
}

/** Shortens and neutralises a value for display in a notice (it is rendered as text, never as markup). */
export function describeValue(value: string): string {
  const printable = value.replace(/[^\p{L}\p{N}\-_. ]/gu, "?");
  return printable.length > 24 ? `${printable.slice(0, 24)}…` : printable;
}

function pickOne<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[], notices: string[]): T | undefined {
  const raw = params.get(key);
  if (raw === null || raw === "") return undefined;
  const value = raw.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  notices.push(`Ignored ${key}=“${describeValue(raw)}”: expected ${allowed.join(" or ")}.`);
  return undefined;
}

/** `?theme=light|dark` for embeds; anything else follows the reader's system setting. */
export function parseThemeQuery(search: unknown): ParsedQuery<Theme | undefined> {
  const notices: string[] = [];
  const value = pickOne(safeSearchParams(search), "theme", ["light", "dark"] as const, notices);
  return { value, notices };
}

/** `?a=ROUND&b=ROUND` on /compare; invalid or identical ids fall back to the defaults. */
export function parseCompareQuery(
  search: unknown,
  roundIds: readonly string[],
  defaults: { a: string; b: string },
): ParsedQuery<{ a: string; b: string }> {
  const notices: string[] = [];
  const params = safeSearchParams(search);
  const a = pickOne(params, "a", roundIds, notices);
  const b = pickOne(params, "b", roundIds, notices);
  if (a && b && a === b) {
    notices.push("The same round was chosen on both sides; showing the default comparison.");
    return { value: defaults, notices };
  }
  return { value: { a: a ?? defaults.a, b: b ?? defaults.b }, notices };
}
