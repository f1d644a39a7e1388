import type { Metadata } from "next";
import { ComparePage } from "@/components/compare/compare-page";
import { CompareQuery } from "@/components/compare/compare-query";
import { comparableForQuery, compareHref, compareQueryTexts, compareSideIds, compareSideLabel, defaultComparison } from "@/data/compare";
import { comparisonOembedPath } from "@/data/embed-code";
import { datasetFor } from "@/data/localized";
import { localePath, pageAlternates } from "@/data/text/locale-path";
import { pageLocale, type LocaleParams } from "@/data/text/page-locale";
import { t } from "@/data/text/translate";

type Props = { params: LocaleParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const data = datasetFor(locale);
  const { a, b } = defaultComparison(data);
  const label = { a: compareSideLabel(a, data, locale), b: compareSideLabel(b, data, locale) };
  return {
    title: t(locale, "comparePage.titleRounds"),
    description: t(locale, "comparePage.description", label),
    alternates: {
      ...pageAlternates(locale, "/compare", compareHref(a, b)),
      types: {
        "application/json+oembed": [
          { url: localePath(locale, comparisonOembedPath(a, b)), title: t(locale, "comparePage.titlePair", label) },
        ],
      },
    },
  };
}

export default async function CompareIndexPage({ params }: Props) {
  const locale = await pageLocale(params);
  const data = datasetFor(locale);
  const { a, b } = defaultComparison(data);
  return (
    <ComparePage a={a} b={b} showEveryPair locale={locale}>
      <CompareQuery
        sideIds={compareSideIds(data)}
        defaults={{ a, b }}
        comparable={comparableForQuery(data, locale)}
        texts={compareQueryTexts(locale)}
        locale={locale}
      />
    </ComparePage>
  );
}
