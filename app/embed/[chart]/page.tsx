import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartSvg } from "@/components/charts/chart-svg";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { buildChartModel } from "@/data/chart-data";
import { shareForChart } from "@/data/chart-share";
import { chartIds, isChartId } from "@/data/chart-specs";
import { chartPath } from "@/data/embed-code";

export const dynamicParams = false;

export function generateStaticParams() {
  return chartIds.map((chart) => ({ chart }));
}

type Props = { params: Promise<{ chart: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { chart } = await params;
  if (!isChartId(chart)) return {};
  return { title: buildChartModel(chart).spec.title, alternates: { canonical: chartPath(chart) }, robots: { index: false } };
}

export default async function ChartEmbed({ params }: Props) {
  const { chart } = await params;
  if (!isChartId(chart)) notFound();
  const model = buildChartModel(chart);
  const share = shareForChart(model);
  return (
    <EmbedFrame model={model} sourceLine={share.sourceLine} pageUrl={share.permalink}>
      <ChartSvg model={model} />
    </EmbedFrame>
  );
}
