/** The languages of the site. English is the default: its pages keep the unprefixed URLs; the others live under /pl/, /be/, /ru/. */
export const LOCALES = ["en", "pl", "be", "ru"] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

/** Each language by its own name, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  pl: "Polski",
  be: "Беларуская",
  ru: "Русский",
};

/** The tag Intl formats with: English keeps the British conventions the site has always used ("12 February 2025"). */
export const INTL_TAGS: Record<Locale, string> = { en: "en-GB", pl: "pl", be: "be", ru: "ru" };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The non-default locales, which get their own URL prefix. */
export const PREFIXED_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE) as Exclude<Locale, "en">[];
