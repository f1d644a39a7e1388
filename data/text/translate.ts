import { createIntl, createIntlCache, type IntlShape } from "@formatjs/intl";
import { catalogues, type MessageKey } from "./catalogues";
import { INTL_TAGS, type Locale } from "./locales";

// FormatJS (@formatjs/intl) rather than next-intl: the builders in data/ write sentences outside React (CSV, feed,
// oEmbed, static pictures), and createIntl gives them the same ICU plural/select catalogues the pages use, with no
// routing layer that a static export with unprefixed English URLs could not use.
const cache = createIntlCache();
const intls = new Map<Locale, IntlShape>();

/** The FormatJS object of a locale, made once: messages with ICU plural and select rules, Intl number and date formats. */
export function intlFor(locale: Locale): IntlShape {
  let intl = intls.get(locale);
  if (!intl) {
    intl = createIntl(
      {
        locale: INTL_TAGS[locale],
        messages: catalogues[locale],
        defaultLocale: INTL_TAGS.en,
        // A missing message or a broken argument is a bug: fail the build and the tests rather than print a key.
        onError: (error) => {
          throw error;
        },
      },
      cache,
    );
    intls.set(locale, intl);
  }
  return intl;
}

export type MessageValues = Record<string, string | number>;

/** A message of the catalogues in a locale, with its arguments filled in: t("en", "figure.moreThan", { value: "1,000" }). */
export function t(locale: Locale, key: MessageKey, values?: MessageValues): string {
  return intlFor(locale).formatMessage({ id: key }, values);
}
