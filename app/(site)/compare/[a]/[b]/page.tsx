import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComparePage } from "@/components/compare/compare-page";
import { buildComparison, compareHref, compareSideLabel, comparisonPairs, isCompareSideId } from "@/data/compare";
import { dataset } from "@/data/dataset";
import { comparisonOembedPath } from "@/data/embed-code";
import { datasetFor } from "@/data/localized";
import { localePath, pageAlternates } from "@/data/text/locale-path";
import { pageLocale } from "@/data/text/page-locale";
import { t } from "@/data/text/translate";

export const dynamicParams = false;

/** The pairs of comparisonPairs(), and the same side twice (a message) for the sides the picker offers freely. */
export function generateStaticParams() {
  return comparisonPairs(dataset, { sameSide: true });
}

type Props = { params: Promise<{ a: string; b: string; locale?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { a, b } = await params;
  const locale = await pageLocale(params);
  const data = datasetFor(locale);
  if (!isCompareSideId(a, data) || !isCompareSideId(b, data)) return {};
  const alternates = pageAlternates(locale, compareHref(a, b));
  if (a === b) return { title: t(locale, "comparePage.titleSame", { side: compareSideLabel(a, data, locale) }), alternates };
  const title = t(locale, "comparePage.titlePair", { a: compareSideLabel(a, data, locale), b: compareSideLabel(b, data, locale) });
  return {
    title,
    description: buildComparison(a, b, data, locale).summary,
    alternates: { ...alternates, types: { "application/json+oembed": [{ url: localePath(locale, comparisonOembedPath(a, b)), title }] } },
  };
}

export default async function ComparePairPage({ params }: Props) {
  const { a, b } = await params;
  const locale = await pageLocale(params);
  if (!isCompareSideId(a) || !isCompareSideId(b)) notFound();
  return <ComparePage a={a} b={b} locale={locale} />;
}
