import { DEFAULT_LOCALE, isLocale, LOCALE_NAMES, LOCALES, type Locale } from "./locales";

/**
 * Where each language's copy of a page lives. English keeps the unprefixed paths; the others live under /pl/, /be/ and
 * /ru/ with the same path below. Pure and free of the dataset, so the language switcher (a client leaf) can use it.
 */

/**
 * "/rounds" in Polish is "/pl/rounds"; the dashboard "/" is "/pl", and its anchors and queries stay on it ("/#x" is
 * "/pl#x"). English paths come back unchanged.
 */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  const rest =
    path === "/" ? "" : path.startsWith("/#") || path.startsWith("/?") ? path.slice(1) : path.startsWith("/") ? path : `/${path}`;
  return `/${locale}${rest}`;
}

/** The language of a path and the path without its prefix: "/pl/rounds" → pl, "/rounds"; "/rounds" → en, "/rounds". */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  // A static host may answer /rounds.html or /rounds/ for /rounds: the same page.
  const clean =
    pathname
      .replace(/\/index\.html$/, "/")
      .replace(/\.html$/, "")
      .replace(/(.)\/+$/, "$1") || "/";
  const match = /^\/([^/]+)(\/.*)?$/.exec(clean);
  const first = match?.[1];
  if (first !== undefined && first !== DEFAULT_LOCALE && isLocale(first)) return { locale: first, path: match?.[2] ?? "/" };
  return { locale: DEFAULT_LOCALE, path: clean };
}

/** The hreflang value that names the page for readers whose language has no copy: the English page. */
export const X_DEFAULT = "x-default";

/** Every language's copy of a page, by hreflang, plus x-default → English: the <link rel="alternate" hreflang> set. */
export function languageAlternates(path: string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of LOCALES) languages[locale] = localePath(locale, path);
  languages[X_DEFAULT] = localePath(DEFAULT_LOCALE, path);
  return languages;
}

/**
 * A page's `alternates` metadata in a language: its canonical address (the page's own path unless the page names
 * another, as /compare names its default comparison) in that language, and every language's copy of the page.
 */
export function pageAlternates(
  locale: Locale,
  path: string,
  canonical: string = path,
): { canonical: string; languages: Record<string, string> } {
  return { canonical: localePath(locale, canonical), languages: languageAlternates(path) };
}

export interface LanguageLink {
  locale: Locale;
  /** The language by its own name ("Polski"), as the link's text. */
  name: string;
  href: string;
  /** The language being read. */
  current: boolean;
}

/** The language switcher's links from the page being read: the same page in every language, the current one marked. */
export function languageLinks(pathname: string): LanguageLink[] {
  const { locale: current, path } = splitLocalePath(pathname);
  return LOCALES.map((locale) => ({ locale, name: LOCALE_NAMES[locale], href: localePath(locale, path), current: locale === current }));
}
