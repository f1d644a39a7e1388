import { datasetFor } from "./localized";
import { roundYears } from "./queries";
import { DEFAULT_LOCALE, type Locale } from "./text/locales";
import { t } from "./text/translate";

/** The site's title (and the template of every page's title) and its description, in a locale: the root layouts' metadata. */
export function siteMetadata(locale: Locale = DEFAULT_LOCALE): { title: { default: string; template: string }; description: string } {
  const data = datasetFor(locale);
  return {
    title: { default: data.meta.title, template: t(locale, "site.titleTemplate") },
    description: t(locale, "site.description", { years: roundYears(data) }),
  };
}

/** The site's name in a locale, as an oEmbed provider or a share card names it ("Belarus political-prisoner releases"). */
export function siteNameFor(locale: Locale = DEFAULT_LOCALE): string {
  return t(locale, "site.name");
}
