import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { shareForComparison } from "@/data/chart-share";
import { buildComparisonChartModel, comparisonPairs, isComparisonPair } from "@/data/compare-chart";
import type { RoundId } from "@/data/schema";

export const dynamicParams = false;

export function generateStaticParams() {
  return comparisonPairs();
}

type Props = { params: Promise<{ a: string; b: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { a, b } = await params;
  if (!isComparisonPair(a, b)) return {};
  return { title: buildComparisonChartModel(a as RoundId, b as RoundId).spec.title, robots: { index: false } };
}

export default async function ComparisonEmbed({ params }: Props) {
  const { a, b } = await params;
  if (!isComparisonPair(a, b)) notFound();
  const model = buildComparisonChartModel(a as RoundId, b as RoundId);
  const share = shareForComparison(model, a, b);
  return <EmbedFrame model={model} sourceLine={share.sourceLine} pageUrl={share.permalink} />;
}
