import { localePath } from "@/data/text/locale-path";
import { CHANGES_PATH, dataAsOf, FEED_PATH } from "@/data/changelog";
import { datasetFor } from "@/data/localized";

import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { richMessage } from "./rich-message";

export function SiteFooter({ locale = DEFAULT_LOCALE }: { locale?: Locale }) {
  const data = datasetFor(locale);
  const { meta } = data;
  return (
    <footer className="mt-12 border-t border-border">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
        <p>
          {richMessage(
            locale,
            "site.footerSources",
            {},
            {
              link: (chunks) => (
                <a href={localePath(locale, "/sources")} className="underline">
                  {chunks}
                </a>
              ),
            },
          )}
        </p>
        <p className="mt-1">
          <span className="font-semibold text-ink" data-as-of={meta.updated}>
            {dataAsOf(data, locale)}
          </span>{" "}
          {t(locale, "site.footerVersion", { version: meta.version })}{" "}
          <a href={localePath(locale, CHANGES_PATH)} className="underline">
            {t(locale, "site.footerChanges")}
          </a>{" "}
          ·{" "}
          <a href={FEED_PATH} className="underline" type="application/atom+xml">
            {t(locale, "site.footerFeed")}
          </a>
          {t(locale, "site.footerLicence", { licence: meta.licence.title })}
        </p>
      </div>
    </footer>
  );
}
