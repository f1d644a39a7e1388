import { buildChartModel } from "@/data/chart-data";
import { chartIds, isChartId } from "@/data/chart-specs";
import { shareForChart } from "@/data/chart-share";
import { buildOembed } from "@/data/oembed";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return chartIds.map((id) => ({ file: `${id}.json` }));
}

export async function GET(_request: Request, { params }: RouteContext<"/oembed/[file]">) {
  const chartId = (await params).file.replace(/\.json$/, "");
  if (!isChartId(chartId)) return new Response("Not found", { status: 404 });
  return Response.json(buildOembed(shareForChart(buildChartModel(chartId))));
}
