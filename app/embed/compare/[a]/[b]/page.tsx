import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartSvg } from "@/components/charts/chart-svg";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { shareForComparison } from "@/data/chart-share";
import { buildComparison, comparisonPairs, isComparisonPair, type CompareSideId } from "@/data/compare";

export const dynamicParams = false;

export function generateStaticParams() {
  return comparisonPairs();
}

type Props = { params: Promise<{ a: string; b: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { a, b } = await params;
  if (!isComparisonPair(a, b)) return {};
  return { title: `${buildComparison(a as CompareSideId, b as CompareSideId).chart.spec.title}`, robots: { index: false } };
}

export default async function ComparisonEmbed({ params }: Props) {
  const { a, b } = await params;
  if (!isComparisonPair(a, b)) notFound();
  const model = buildComparison(a as CompareSideId, b as CompareSideId).chart;
  const share = shareForComparison(model, a, b);
  return (
    <EmbedFrame model={model} sourceLine={share.sourceLine} pageUrl={share.permalink}>
      <ChartSvg model={model} />
    </EmbedFrame>
  );
}
