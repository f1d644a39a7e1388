import { oembedThumbnail, thumbnailResponse } from "@/components/embed/chart-thumbnail";
import { buildChartModel } from "@/data/chart-data";
import { chartIds, isChartId } from "@/data/chart-specs";
import { shareForChart } from "@/data/chart-share";
import { buildOembed } from "@/data/oembed";

export const dynamic = "force-static";
export const dynamicParams = false;

/** /oembed/<chart>.json and its thumbnail /oembed/<chart>.svg. */
export function generateStaticParams() {
  return chartIds.flatMap((id) => [{ file: `${id}.json` }, { file: `${id}.svg` }]);
}

export async function GET(_request: Request, { params }: RouteContext<"/oembed/[file]">) {
  const { file } = await params;
  const chartId = file.replace(/\.(json|svg)$/, "");
  if (!isChartId(chartId)) return new Response("Not found", { status: 404 });
  const share = shareForChart(buildChartModel(chartId));
  if (file.endsWith(".svg")) return thumbnailResponse(buildChartModel(chartId), share.sourceLine);
  return Response.json(buildOembed(share, oembedThumbnail(share)));
}
