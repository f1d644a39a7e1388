import { chartPictureSvg } from "@/components/charts/chart-picture";
import { pictureResponse } from "@/components/charts/chart-png";
import { buildChartModel } from "@/data/chart-data";
import { shareForChart } from "@/data/chart-share";
import { chartIds, isChartId } from "@/data/chart-specs";

export const dynamic = "force-static";
export const dynamicParams = false;

/** /pictures/<chart>.svg|png, moved to /charts/<chart>.svg|png by scripts/place-pictures.mjs at the end of the build. */
export function generateStaticParams() {
  return chartIds.flatMap((id) => [{ file: `${id}.svg` }, { file: `${id}.png` }]);
}

export async function GET(_request: Request, { params }: RouteContext<"/pictures/[file]">) {
  const { file } = await params;
  const match = /^(.+)\.(svg|png)$/.exec(file);
  if (!match || !isChartId(match[1]!)) return new Response("Not found", { status: 404 });
  const model = buildChartModel(match[1]);
  const share = shareForChart(model);
  const svg = chartPictureSvg(model, { credit: share.sourceLine, permalink: share.permalink, dataAsOf: share.dataAsOf });
  return pictureResponse(svg, match[2] as "svg" | "png");
}
