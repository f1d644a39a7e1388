import type { ReactNode } from "react";
import { localePath } from "@/data/text/locale-path";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";

const LINKS = [
  { href: "/", label: "site.navDashboard" },
  { href: "/rounds", label: "site.navRounds" },
  { href: "/compare", label: "site.navCompare" },
  { href: "/sources", label: "site.navSources" },
] as const;

/** `languages` is the language switcher for the page being read (components/language-switcher.tsx). */
export function SiteHeader({ locale = DEFAULT_LOCALE, languages }: { locale?: Locale; languages?: ReactNode }) {
  return (
    <header className="border-b border-border" data-print="hide">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-surface focus:p-2">
        {t(locale, "site.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-2 px-4 py-3">
        <a href={localePath(locale, "/")} className="font-semibold text-ink">
          {t(locale, "site.title")}
        </a>
        <nav aria-label={t(locale, "site.navLabel")}>
          <ul className="flex gap-4 text-sm">
            {LINKS.map((l) => (
              <li key={l.href}>
                <a href={localePath(locale, l.href)} className="text-accent-strong underline-offset-2 hover:underline">
                  {t(locale, l.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {languages}
      </div>
    </header>
  );
}
