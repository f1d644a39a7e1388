"use client";

import { usePathname } from "next/navigation";
import { languageLinks } from "@/data/text/locale-path";

export interface LanguageSwitcherProps {
  /** The nav's accessible name in the page's language ("Language", "Język"), from the catalogues on the server. */
  label: string;
  /** The page to offer in each language; by default the page being read. The 404 page offers each dashboard. */
  path?: string;
}

/**
 * Plain links to the same page in every language, each named in its own language. A client leaf only because a layout
 * cannot know the page's path; the links are in the HTML, work without JavaScript and need no runtime.
 */
export function LanguageSwitcher({ label, path }: LanguageSwitcherProps) {
  const pathname = usePathname();
  const links = languageLinks(path ?? pathname ?? "/");
  return (
    <nav aria-label={label} data-language-switcher="">
      <ul className="flex gap-3 text-sm">
        {links.map((link) => (
          <li key={link.locale}>
            <a
              href={link.href}
              hrefLang={link.locale}
              lang={link.locale}
              aria-current={link.current ? (path === undefined ? "page" : "true") : undefined}
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
