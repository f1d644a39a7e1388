import { localePath, languageLinks } from "@/data/text/locale-path";
import type { Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";

export interface LanguageSwitcherProps {
  /** The language being read. */
  locale: Locale;
  /** The page to offer in each language, without the language prefix ("/rounds/2025-12"). */
  path: string;
  /**
   * "page" when each link is the page being read in another language; "true" where the links only name each language
   * (the 404 page offers each dashboard).
   */
  current?: "page" | "true";
}

/**
 * Plain links to the same page in every language, each named in its own language, with hreflang and lang. A server
 * component with no JavaScript: the layouts get the page's path through their @languages slot (app/(site)/@languages,
 * app/[locale]/@languages), since a layout cannot read the path itself.
 */
export function LanguageSwitcher({ locale, path, current = "page" }: LanguageSwitcherProps) {
  return (
    <nav aria-label={t(locale, "locale.switcher")} data-language-switcher="">
      <ul className="flex gap-3 text-sm">
        {languageLinks(localePath(locale, path)).map((link) => (
          <li key={link.locale}>
            <a
              href={link.href}
              hrefLang={link.locale}
              lang={link.locale}
              aria-current={link.current ? current : undefined}
              className={link.current ? "font-semibold text-ink" : "text-accent-strong underline-offset-2 hover:underline"}
            >
              {link.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
