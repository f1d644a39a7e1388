import type { Metadata } from "next";
import { ComparePage } from "@/components/compare/compare-page";
import { CompareQuery } from "@/components/compare/compare-query";
import { comparableForQuery, compareHref, compareSideIds, compareSideLabel, defaultComparison } from "@/data/compare";
import { comparisonOembedPath } from "@/data/embed-code";
import { localePath, pageAlternates } from "@/data/text/locale-path";
import { pageLocale, type LocaleParams } from "@/data/text/page-locale";

const { a, b } = defaultComparison();

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  return {
    title: "Compare rounds",
    description: `Any two rounds of releases side by side, every number cited; by default ${compareSideLabel(a)} and ${compareSideLabel(b)}.`,
    alternates: {
      ...pageAlternates(locale, "/compare", compareHref(a, b)),
      types: {
        "application/json+oembed": [
          { url: localePath(locale, comparisonOembedPath(a, b)), title: `${compareSideLabel(a)} compared with ${compareSideLabel(b)}` },
        ],
      },
    },
  };
}

export default async function CompareIndexPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  return (
    <ComparePage a={a} b={b} showEveryPair locale={locale}>
      <CompareQuery sideIds={compareSideIds()} defaults={{ a, b }} comparable={comparableForQuery()} />
    </ComparePage>
  );
}
