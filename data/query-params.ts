import { comparisonKey } from "./compare-href";
import english from "./text/messages/en/query.json" with { type: "json" };

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

/**
 * The notices' words in the page's language, as templates with {slots}: the parser runs in client code, so its words
 * come from the server parent (data/query-words.ts builds them from the catalogues) rather than from the catalogues.
 */
export interface QueryWords {
  /** The Intl tag whose plural rules pick a form of `manyValues`. */
  tag: string;
  ignored: string;
  or: string;
  manyValues: Record<"one" | "few" | "many" | "other", string>;
  sameRound: string;
  noPage: string;
}

/** The English words, read from the English catalogue file alone (its messages are plain templates). */
export const ENGLISH_QUERY_WORDS: QueryWords = {
  tag: "en-GB",
  ignored: english.ignored,
  or: english.or,
  manyValues: { one: english.manyValuesOne, few: english.manyValuesFew, many: english.manyValuesMany, other: english.manyValuesOther },
  sameRound: english.sameRound,
  noPage: english.noPage,
};

/** Fills a template's {slots} in one pass, so a value never fills another slot. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

/** A notice names every allowed value up to this many; a longer list is summarised, so the notice stays short. */
export const MAX_LISTED_VALUES = 12;

function expected(allowed: readonly string[], words: QueryWords): string {
  if (allowed.length <= MAX_LISTED_VALUES) {
    // English keeps its published "a or b or c"; other languages write the list as Intl does ("a, b lub c").
    if (words.tag === ENGLISH_QUERY_WORDS.tag) return allowed.reduce((list, value) => fill(words.or, { first: list, second: value }));
    return new Intl.ListFormat(words.tag, { type: "disjunction" }).format(allowed);
  }
  const form = new Intl.PluralRules(words.tag).select(allowed.length);
  const template = words.manyValues[form as keyof QueryWords["manyValues"]] ?? words.manyValues.other;
  return fill(template, { count: String(allowed.length), examples: allowed.slice(-3).join(", ") });
}

function pickOne<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
  notices: string[],
  words: QueryWords,
): T | undefined {
  const raw = params.get(key);
  if (raw === null) return undefined;
  const value = raw.trim().toLowerCase();
  if (value === "") return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  notices.push(fill(words.ignored, { key, value: describeValue(raw), expected: expected(allowed, words) }));
  return undefined;
}

/** `?theme=light|dark|auto` for embeds; anything else keeps the default, light. */
export function parseThemeQuery(search: unknown, words: QueryWords = ENGLISH_QUERY_WORDS): ParsedQuery<Theme | undefined> {
  const notices: string[] = [];
  const value = pickOne(safeSearchParams(search), "theme", THEME_VALUES, notices, words);
  return { value, notices };
}

/** Which comparisons have a page, when not every pair does: their keys ("a/b") and the rule in words. */
export interface ComparablePairs {
  keys: readonly string[];
  rule: string;
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
  words: QueryWords = ENGLISH_QUERY_WORDS,
): ParsedQuery<{ a: string; b: string }> {
  const notices: string[] = [];
  const params = safeSearchParams(search);
  const a = pickOne(params, "a", roundIds, notices, words);
  const b = pickOne(params, "b", roundIds, notices, words);
  if (a && b && a === b) {
    notices.push(words.sameRound);
    return { value: defaults, notices };
  }
  const value =
    a && !b
      ? { a, b: a === defaults.b ? defaults.a : defaults.b }
      : b && !a
        ? { a: b === defaults.a ? defaults.b : defaults.a, b }
        : { a: a ?? defaults.a, b: b ?? defaults.b };
  if (comparable && !comparable.keys.includes(comparisonKey(value.a, value.b))) {
    notices.push(fill(words.noPage, { a: value.a, b: value.b, rule: comparable.rule }));
    return { value: defaults, notices };
  }
  return { value, notices };
}
