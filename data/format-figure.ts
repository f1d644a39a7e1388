import { formatNumber } from "./format-intl";
import type { Qualifier } from "./schema";
import { DEFAULT_LOCALE, type Locale } from "./text/locales";
import { t } from "./text/translate";

export {
  abbreviateMonths,
  dateMidpoint,
  daysBetween,
  formatDate,
  formatDateShort,
  formatNumber,
  formatPeriod,
  isLowerBound,
} from "./format-intl";

const QUALIFIER_MESSAGES = {
  exact: "figure.exact",
  "more-than": "figure.moreThan",
  "at-least": "figure.atLeast",
  about: "figure.about",
} as const satisfies Record<Qualifier, string>;

/** "123", "more than 1,000", "at least 1,265", "about 1,150" ("ponad 1000"…): the one way a figure becomes text. */
export function formatFigure(figure: { value: number; qualifier: Qualifier }, locale: Locale = DEFAULT_LOCALE): string {
  return t(locale, QUALIFIER_MESSAGES[figure.qualifier], { value: formatNumber(figure.value, locale) });
}

/** A short mark for tight spaces (axis ticks, bar labels): ">1,000", "≥1,265", "~1,150". */
export function formatFigureShort(figure: { value: number; qualifier: Qualifier }, locale: Locale = DEFAULT_LOCALE): string {
  const mark = { exact: "", "more-than": ">", "at-least": "≥", about: "~" }[figure.qualifier];
  return `${mark}${formatNumber(figure.value, locale)}`;
}

const QUALIFIER_DESCRIPTIONS = {
  exact: "figure.describeExact",
  "more-than": "figure.describeMoreThan",
  "at-least": "figure.describeAtLeast",
  about: "figure.describeAbout",
} as const satisfies Record<Qualifier, string>;

export function qualifierDescription(qualifier: Qualifier, locale: Locale = DEFAULT_LOCALE): string {
  return t(locale, QUALIFIER_DESCRIPTIONS[qualifier]);
}

const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const ORDINAL_SUFFIXES: Record<Intl.LDMLPluralRule, string> = { one: "st", two: "nd", few: "rd", other: "th", zero: "th", many: "th" };
const ordinalRules = new Intl.PluralRules("en-GB", { type: "ordinal" });

/** 5 → "fifth", 12 → "12th": words up to ten, as newsrooms write them, then figures; "5." in Polish, "5-й" in Russian. */
export function formatOrdinal(n: number, locale: Locale = DEFAULT_LOCALE): string {
  if (locale !== "en") return t(locale, "figure.ordinal", { n: formatNumber(n, locale) });
  return ORDINAL_WORDS[n - 1] ?? `${formatNumber(n)}${ORDINAL_SUFFIXES[ordinalRules.select(n)]}`;
}

const COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** A count in running text: 5 → "five", 12 → "12"; other languages write the numeral, which needs no agreement. */
export function formatCount(n: number, locale: Locale = DEFAULT_LOCALE): string {
  return (locale === "en" ? COUNT_WORDS[n] : undefined) ?? formatNumber(n, locale);
}
