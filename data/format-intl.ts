import type { Qualifier } from "./schema";
import { DEFAULT_LOCALE, INTL_TAGS, type Locale } from "./text/locales";

/*
 * The formatters that need only Intl, no message catalogues: client code (the chart encoding the canvas draws) imports
 * them from here, so it never loads the catalogues; data/format-figure.ts re-exports them beside the formatters that
 * write words.
 */

const numberFormats = new Map<Locale, Intl.NumberFormat>();
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A number as the locale writes it (CLDR): "1,140" in English, "1140" and "12 345" in Polish, "1 140" in Russian. */
export function formatNumber(value: number, locale: Locale = DEFAULT_LOCALE): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(INTL_TAGS[locale], { maximumFractionDigits: 1 })));
  return format.format(value);
}

/** A lower bound ("more than", "at least"): the true number can only be higher, so it is never drawn as a plain one. */
export function isLowerBound(qualifier: Qualifier | "derived"): boolean {
  return qualifier === "more-than" || qualifier === "at-least";
}

function parts(date: string): [number, number | undefined, number | undefined] {
  const [y, m, d] = date.split("-").map(Number);
  return [y!, m, d];
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An Intl date format of a locale, made once; dates are calendar dates, so always in UTC. */
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(INTL_TAGS[locale], { ...options, timeZone: "UTC" })));
  return format;
}

const DAY_LONG = { day: "numeric", month: "long", year: "numeric" } as const;
const MONTH_LONG = { month: "long", year: "numeric" } as const;
const DAY_SHORT = { day: "numeric", month: "short", year: "numeric" } as const;
const MONTH_SHORT = { month: "short", year: "numeric" } as const;

const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));

/** "12 February 2025", "September 2025" or "2025" ("12 lutego 2025", "wrzesień 2025"), following the date's precision. */
export function formatDate(date: string, locale: Locale = DEFAULT_LOCALE): string {
  const [y, m, d] = parts(date);
  if (m === undefined) return String(y);
  if (locale !== "en") return dateFormat(locale, d === undefined ? MONTH_LONG : DAY_LONG).format(utc(y, m, d));
  if (d === undefined) return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "12 Feb 2025": for axes and tables. */
export function formatDateShort(date: string, locale: Locale = DEFAULT_LOCALE): string {
  const [y, m, d] = parts(date);
  if (m === undefined) return String(y);
  if (locale !== "en") return dateFormat(locale, d === undefined ? MONTH_SHORT : DAY_SHORT).format(utc(y, m, d));
  const month = MONTHS[m - 1]!.slice(0, 3);
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}

/**
 * How the locale writes a day's date, for client code that must not depend on the browser's own locale data (a
 * browser may lack Belarusian): a pattern with {d}, {m} and {y}, and the twelve month names as they stand in a date.
 */
export interface DatePattern {
  pattern: string;
  months: string[];
}

export function datePattern(locale: Locale = DEFAULT_LOCALE): DatePattern {
  const monthIn = (month: number) =>
    dateFormat(locale, DAY_LONG)
      .formatToParts(utc(2025, month, 27))
      .find((p) => p.type === "month")!.value;
  const months = Array.from({ length: 12 }, (_, i) => (locale === "en" ? MONTHS[i]! : monthIn(i + 1)));
  // From format() itself (formatToParts may space its literals differently): the sample's year, month and day become slots.
  const pattern = formatDate("2025-01-27", locale)
    .replace("2025", "{y}")
    .replace(months[0]!, "{m}")
    .replace(/(?<!\d)27(?!\d)/, "{d}");
  return { pattern, months };
}

/** A day's date (YYYY-MM-DD) written with a DatePattern: the same words the server writes, in any browser. */
export function formatWithPattern(date: string, { pattern, months }: DatePattern): string {
  const [y, m, d] = date.split("-").map(Number);
  return pattern
    .replace("{d}", String(d))
    .replace("{m}", months[m! - 1]!)
    .replace("{y}", String(y));
}

const monthNamesByLocale = new Map<Locale, { long: string[]; short: string[] }>();

/** The locale's month names as a label writes them ("wrzesień") and their short forms ("wrz"), worked out once. */
function monthNames(locale: Locale): { long: string[]; short: string[] } {
  let names = monthNamesByLocale.get(locale);
  if (!names) monthNamesByLocale.set(locale, (names = readMonthNames(locale)));
  return names;
}

function readMonthNames(locale: Locale): { long: string[]; short: string[] } {
  if (locale === "en") return { long: MONTHS, short: MONTHS.map((month) => month.slice(0, 3)) };
  const name = (options: Intl.DateTimeFormatOptions, m: number) =>
    dateFormat(locale, options)
      .formatToParts(utc(2025, m))
      .find((p) => p.type === "month")!.value;
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  return { long: months.map((m) => name({ month: "long" }, m)), short: months.map((m) => name({ month: "short" }, m)) };
}

/** "September 2025" -> "Sep 2025": month names cut short for a narrow axis; every other word stays. */
export function abbreviateMonths(label: string, locale: Locale = DEFAULT_LOCALE): string {
  const { long, short } = monthNames(locale);
  // English names are capitalised and matched as written; other languages' labels may capitalise a lower-case name.
  const flags = locale === "en" ? "gu" : "giu";
  return label.replace(new RegExp(`(?<!\\p{L})(${long.join("|")})(?!\\p{L})`, flags), (month) => {
    const short_ = short[long.findIndex((name) => name.toLowerCase() === month.toLowerCase())]!;
    return month[0] === month[0]!.toUpperCase() ? short_.charAt(0).toUpperCase() + short_.slice(1) : short_;
  });
}

/** "11–12 December 2025", "30 December 2025 – 2 January 2026", "2025" for a whole calendar year. */
export function formatPeriod(from: string, to?: string, locale: Locale = DEFAULT_LOCALE): string {
  if (!to || to === from) return formatDate(from, locale);
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  if (fy === ty && fm === 1 && fd === 1 && tm === 12 && td === 31) return String(fy);
  if (locale !== "en" && fd !== undefined && td !== undefined) {
    return dateFormat(locale, DAY_LONG).formatRange(utc(fy, fm, fd), utc(ty, tm, td));
  }
  if (locale !== "en") return `${formatDate(from, locale)} – ${formatDate(to, locale)}`;
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
