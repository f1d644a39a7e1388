import type { Qualifier } from "./schema";

const numberFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A lower bound ("more than", "at least"): the true number can only be higher, so it is never drawn as a plain one. */
export function isLowerBound(qualifier: Qualifier | "derived"): boolean {
  return qualifier === "more-than" || qualifier === "at-least";
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  "more-than": "more than",
  "at-least": "at least",
  about: "about",
};

/** "123", "more than 1,000", "at least 1,265", "about 1,150": the one way a figure becomes text. */
export function formatFigure(figure: { value: number; qualifier: Qualifier }): string {
  const words = QUALIFIER_WORDS[figure.qualifier];
  const number = formatNumber(figure.value);
  return words ? `${words} ${number}` : number;
}

/** A short mark for tight spaces (axis ticks, bar labels): ">1,000", "≥1,265", "~1,150". */
export function formatFigureShort(figure: { value: number; qualifier: Qualifier }): string {
  const mark = { exact: "", "more-than": ">", "at-least": "≥", about: "~" }[figure.qualifier];
  return `${mark}${formatNumber(figure.value)}`;
}

export function qualifierDescription(qualifier: Qualifier): string {
  return {
    exact: "an exact count as stated",
    "more-than": "a lower bound: the true number is higher",
    "at-least": "a lower bound: the true number is this or higher",
    about: "an approximate number",
  }[qualifier];
}

function parts(date: string): [number, number | undefined, number | undefined] {
  const [y, m, d] = date.split("-").map(Number);
  return [y!, m, d];
}

/** "12 February 2025", "September 2025" or "2025", following the precision of the date. */
export function formatDate(date: string): string {
  const [y, m, d] = parts(date);
  if (m === undefined) return String(y);
  if (d === undefined) return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "12 Feb 2025": for axes and tables. */
export function formatDateShort(date: string): string {
  const [y, m, d] = parts(date);
  if (m === undefined) return String(y);
  const month = MONTHS[m - 1]!.slice(0, 3);
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}

/** "September 2025" -> "Sep 2025": month names cut to three letters for a narrow axis; every other word stays. */
export function abbreviateMonths(label: string): string {
  return label.replace(new RegExp(`\\b(${MONTHS.join("|")})\\b`, "g"), (month) => month.slice(0, 3));
}

/** "11–12 December 2025", "30 December 2025 – 2 January 2026", "2025" for a whole calendar year. */
export function formatPeriod(from: string, to?: string): string {
  if (!to || to === from) return formatDate(from);
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  if (fy === ty && fm === 1 && fd === 1 && tm === 12 && td === 31) return String(fy);
  if (fy === ty && fm === tm && fd !== undefined && td !== undefined) return `${fd}–${td} ${MONTHS[fm! - 1]} ${fy}`;
  if (fy === ty && fd !== undefined && td !== undefined) return `${fd} ${MONTHS[fm! - 1]} – ${formatDate(to)}`;
  return `${formatDate(from)} – ${formatDate(to)}`;
}

/** The middle of the period a partial date covers, as a UTC timestamp (for placing points on a time axis). */
export function dateMidpoint(date: string): number {
  const [y, m, d] = parts(date);
  if (d !== undefined) return Date.UTC(y, m! - 1, d);
  if (m !== undefined) return Date.UTC(y, m - 1, 15);
  return Date.UTC(y, 6, 1);
}

const DAY = 86_400_000;
export function daysBetween(from: string, to: string): number {
  return Math.round((dateMidpoint(to) - dateMidpoint(from)) / DAY);
}

const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const ORDINAL_SUFFIXES: Record<Intl.LDMLPluralRule, string> = { one: "st", two: "nd", few: "rd", other: "th", zero: "th", many: "th" };
const ordinalRules = new Intl.PluralRules("en-GB", { type: "ordinal" });

/** 5 → "fifth", 12 → "12th": words up to ten, as newsrooms write them, then figures. */
export function formatOrdinal(n: number): string {
  return ORDINAL_WORDS[n - 1] ?? `${formatNumber(n)}${ORDINAL_SUFFIXES[ordinalRules.select(n)]}`;
}

const COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** A count in running text: 5 → "five", 12 → "12". */
export function formatCount(n: number): string {
  return COUNT_WORDS[n] ?? formatNumber(n);
}
