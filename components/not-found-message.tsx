import { localePath } from "@/data/text/locale-path";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { richMessage, type TagRenderer } from "./rich-message";

/** What a missing page says, with a way back: the site's 404 page and the not-found boundary of every layout. */
export function NotFoundMessage({ locale = DEFAULT_LOCALE }: { locale?: Locale }) {
  const link = (path: string): TagRenderer =>
    function PageLink(chunks) {
      return (
        <a href={localePath(locale, path)} className="text-accent-strong underline">
          {chunks}
        </a>
      );
    };
  return (
    <div className="flex flex-col gap-3 py-6">
      <h1 className="text-2xl font-bold text-ink">{t(locale, "site.notFoundTitle")}</h1>
      <p className="text-ink">{t(locale, "site.notFoundText")}</p>
      <p>{richMessage(locale, "site.notFoundLinks", {}, { home: link("/"), sources: link("/sources") })}</p>
    </div>
  );
}
