import { localePath } from "@/data/text/locale-path";
import type { ReactNode } from "react";

import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";

/** A page's breadcrumb back to the dashboard (and to its section's index, when it has one) and its title. */
export function PageHeader({
  section,
  sectionHref,
  title,
  children,
  locale = DEFAULT_LOCALE,
}: {
  section: string;
  sectionHref?: string;
  title: ReactNode;
  children?: ReactNode;
  locale?: Locale;
}) {
  return (
    <header>
      <p className="text-sm text-muted">
        <a href={localePath(locale, "/")} className="underline">
          {t(locale, "site.navDashboard")}
        </a>{" "}
        ›{" "}
        {sectionHref ? (
          <a href={sectionHref} className="underline">
            {section}
          </a>
        ) : (
          section
        )}
      </p>
      <h1 className="mt-1 text-2xl font-bold text-ink sm:text-3xl">{title}</h1>
      {children}
    </header>
  );
}
