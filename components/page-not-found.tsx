import { localePath } from "@/data/site";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { richMessage, type TagRenderer } from "./rich-message";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The 404 page of a locale, with the site's header and footer: it renders in the bare root layout. */
export function PageNotFound({ locale = DEFAULT_LOCALE }: { locale?: Locale }) {
  const link = (path: string): TagRenderer =>
    function PageLink(chunks) {
      return (
        <a href={localePath(path, locale)} className="text-accent-strong underline">
          {chunks}
        </a>
      );
    };
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-12">
        <h1 className="text-2xl font-bold text-ink">{t(locale, "site.notFoundTitle")}</h1>
        <p className="text-ink">{t(locale, "site.notFoundText")}</p>
        <p>{richMessage(locale, "site.notFoundLinks", {}, { home: link("/"), sources: link("/sources") })}</p>
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
