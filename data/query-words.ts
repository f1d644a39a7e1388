import type { QueryWords } from "./query-params";
import { DEFAULT_LOCALE, INTL_TAGS, type Locale } from "./text/locales";
import { t } from "./text/translate";

/**
 * The query notices' words in a locale, for a server component to hand to the client leaf that parses the query
 * (parseCompareQuery(…, words)): each message with its arguments left as {slots} for the parser to fill.
 */
export function queryWords(locale: Locale = DEFAULT_LOCALE): QueryWords {
  const slots = (...names: string[]) => Object.fromEntries(names.map((name) => [name, `{${name}}`]));
  const many = (key: "query.manyValuesOne" | "query.manyValuesFew" | "query.manyValuesMany" | "query.manyValuesOther") =>
    t(locale, key, slots("count", "examples"));
  return {
    tag: INTL_TAGS[locale],
    ignored: t(locale, "query.ignored", slots("key", "value", "expected")),
    or: t(locale, "query.or", slots("first", "second")),
    manyValues: {
      one: many("query.manyValuesOne"),
      few: many("query.manyValuesFew"),
      many: many("query.manyValuesMany"),
      other: many("query.manyValuesOther"),
    },
    sameRound: t(locale, "query.sameRound"),
    noPage: t(locale, "query.noPage", slots("a", "b", "rule")),
  };
}
