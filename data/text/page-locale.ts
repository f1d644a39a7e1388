import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

/** Route params of a page: English pages have no `locale` segment; /pl/, /be/ and /ru/ pages do. */
export type LocaleParams = Promise<{ locale?: string }>;

/** The locale a page renders in, from its route params: a page outside app/[locale] is English. */
export async function pageLocale(params: LocaleParams | undefined): Promise<Locale> {
  const locale = (await params)?.locale;
  if (locale === undefined) return DEFAULT_LOCALE;
  if (!isLocale(locale)) throw new Error(`Unknown locale "${locale}"`);
  return locale;
}
