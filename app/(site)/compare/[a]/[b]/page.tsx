import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComparePage } from "@/components/compare/compare-page";
import { buildComparison, compareHref, compareSideIds, compareSideLabel, isCompareSideId } from "@/data/compare";
import { comparisonOembedPath } from "@/data/embed-code";

export const dynamicParams = false;

/** Every ordered pair of sides, the same side twice included (it renders a message): n² pages for n sides. */
export function generateStaticParams() {
  const ids = compareSideIds();
  return ids.flatMap((a) => ids.map((b) => ({ a, b })));
}

type Props = { params: Promise<{ a: string; b: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { a, b } = await params;
  if (!isCompareSideId(a) || !isCompareSideId(b)) return {};
  if (a === b) return { title: `${compareSideLabel(a)} on both sides` };
  return {
    title: `${compareSideLabel(a)} compared with ${compareSideLabel(b)}`,
    description: buildComparison(a, b).summary,
    alternates: { canonical: compareHref(a, b), types: { "application/json+oembed": comparisonOembedPath(a, b) } },
  };
}

export default async function ComparePairPage({ params }: Props) {
  const { a, b } = await params;
  if (!isCompareSideId(a) || !isCompareSideId(b)) notFound();
  return <ComparePage a={a} b={b} />;
}
