import type { ReactNode } from "react";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { localePath } from "@/data/text/locale-path";

const LINKS = [
  { href: "/", label: "Dashboard" },
  { href: "/rounds", label: "Rounds" },
  { href: "/compare", label: "Compare" },
  { href: "/sources", label: "Sources" },
];

/** `languages` is the language switcher for the page being read (components/language-switcher.tsx). */
export function SiteHeader({ locale = DEFAULT_LOCALE, languages }: { locale?: Locale; languages?: ReactNode }) {
  return (
    <header className="border-b border-border" data-print="hide">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-surface focus:p-2">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-2 px-4 py-3">
        <a href={localePath(locale, "/")} className="font-semibold text-ink">
          Belarus: political prisoners released after US talks
        </a>
        <nav aria-label="Main">
          <ul className="flex gap-4 text-sm">
            {LINKS.map((l) => (
              <li key={l.href}>
                <a href={localePath(locale, l.href)} className="text-accent-strong underline-offset-2 hover:underline">
                  {l.label}
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
