import { comparisonKey } from "./compare-href";

/**
 * The one parser for query strings. It never throws: unknown keys are ignored, bad values fall back to
 * defaults, and every fallback is reported in `notices` so the page can say what it ignored.
 */
/**
 * The values ?theme= (and the host's theme message) accept; the embeds' script (data/embed-runtime.ts) is generated
 * from the same constants. An embed is light unless asked: "auto" follows the reader's system setting.
 */
export const THEME_VALUES = ["light", "dark", "auto"] as const;
export type Theme = (typeof THEME_VALUES)[number];

export interface ParsedQuery<T> {
  value: T;
  notices: string[];
}

export const MAX_QUERY_LENGTH = 2_000;
/** Characters a notice may show as they are; anything else becomes "?". */
export const UNSAFE_NOTICE_CHARACTERS = /[^\p{L}\p{N}\-_. ]/gu;
export const MAX_NOTICE_VALUE_LENGTH = 24;

/** Accepts `location.search` or a URLSearchParams (e.g. Next's useSearchParams()); anything else reads as empty. */
function safeSearchParams(search: unknown): URLSearchParams {
  try {
    const text = search instanceof URLSearchParams ? search.toString() : search;
    if (typeof text !== "string") return new URLSearchParams();
    return new URLSearchParams(text.slice(0, MAX_QUERY_LENGTH));
  } catch {
    return new URLSearchParams();
  }
}

/** Shortens and neutralises a value for display in a notice (it is rendered as text, never as markup). */
export function describeValue(value: string): string {
  const characters = Array.from(value.replace(UNSAFE_NOTICE_CHARACTERS, "?"));
  return characters.length > MAX_NOTICE_VALUE_LENGTH ? `${characters.slice(0, MAX_NOTICE_VALUE_LENGTH).join("")}…` : characters.join("");
}

/** A notice names every allowed value up to this many; a longer list is summarised, so the notice stays short. */
export const MAX_LISTED_VALUES = 12;

/** The values a notice says were expected, in English: "2025-02 or 2025-04", or a summary of a long list. */
export function expectedValues(allowed: readonly string[]): string {
  if (allowed.length <= MAX_LISTED_VALUES) return allowed.join(" or ");
  return `one of ${allowed.length} values such as ${allowed.slice(-3).join(", ")}`;
}

/** Fills `{name}` in a notice written on the server (this module runs in the client leaf, without the catalogues). */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

function pickOne<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
  notices: string[],
  ignored?: string,
): T | undefined {
  const raw = params.get(key);
  if (raw === null) return undefined;
  const value = raw.trim().toLowerCase();
  if (value === "") return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  notices.push(
    ignored ? fill(ignored, { value: describeValue(raw) }) : `Ignored ${key}=“${describeValue(raw)}”: expected ${expectedValues(allowed)}.`,
  );
  return undefined;
}

/** `?theme=light|dark|auto` for embeds; anything else keeps the default, light. */
export function parseThemeQuery(search: unknown): ParsedQuery<Theme | undefined> {
  const notices: string[] = [];
  const value = pickOne(safeSearchParams(search), "theme", THEME_VALUES, notices);
  return { value, notices };
}

/** Which comparisons have a page, when not every pair does: their keys ("a/b") and the rule in words. */
export interface ComparablePairs {
  keys: readonly string[];
  rule: string;
}

/**
 * The words of the /compare notices in the reader's language, written on the server (data/compare.ts,
 * compareQueryTexts): `{value}` in `ignored`, `{a}` and `{b}` in `noPage` stand for what the reader typed.
 */
export interface CompareQueryTexts {
  ignored: { a: string; b: string };
  sameChosen: string;
  noPage: string;
  bothSame: string;
  fallback: string;
}

/**
 * `?a=ROUND&b=ROUND` on /compare; invalid or identical ids fall back to the defaults. When only one side is
 * chosen and it equals the other side's default, that side takes the remaining default, so a != b always.
 * With `comparable`, a pair without a page falls back to the defaults too, with a notice that says why.
 */
export function parseCompareQuery(
  search: unknown,
  roundIds: readonly string[],
  defaults: { a: string; b: string },
  comparable?: ComparablePairs,
  texts?: CompareQueryTexts,
): ParsedQuery<{ a: string; b: string }> {
  const notices: string[] = [];
  const params = safeSearchParams(search);
  const a = pickOne(params, "a", roundIds, notices, texts?.ignored.a);
  const b = pickOne(params, "b", roundIds, notices, texts?.ignored.b);
  if (a && b && a === b) {
    notices.push(texts?.sameChosen ?? "The same round was chosen on both sides; showing the default comparison.");
    return { value: defaults, notices };
  }
  const value =
    a && !b
      ? { a, b: a === defaults.b ? defaults.a : defaults.b }
      : b && !a
        ? { a: b === defaults.a ? defaults.b : defaults.a, b }
        : { a: a ?? defaults.a, b: b ?? defaults.b };
  if (comparable && !comparable.keys.includes(comparisonKey(value.a, value.b))) {
    const noPage = texts ? fill(texts.noPage, { a: value.a, b: value.b }) : `No page compares “${value.a}” with “${value.b}”.`;
    notices.push(`${noPage} ${comparable.rule}`);
    return { value: defaults, notices };
  }
  return { value, notices };
}
