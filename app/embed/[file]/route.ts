import { embedDocumentHtml } from "@/components/embed/embed-document";
import { absoluteUrl } from "@/data/site";
import { buildChartModel } from "@/data/chart-data";
import { shareForChart } from "@/data/chart-share";
import { chartIds, isChartId } from "@/data/chart-specs";

/** /embed/<chart>: a static HTML document without the Next runtime, written to out/embed/<chart>.html. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return chartIds.map((id) => ({ file: `${id}.html` }));
}

export async function GET(_request: Request, { params }: RouteContext<"/embed/[file]">) {
  const chartId = (await params).file.replace(/\.html$/, "");
  if (!isChartId(chartId)) return new Response("Not found", { status: 404 });
  const model = buildChartModel(chartId);
  const share = shareForChart(model);
  return embedDocumentHtml({
    model,
    sourceLine: share.sourceLine,
    pageUrl: share.permalink,
    csvUrl: absoluteUrl(share.csvPath!),
    dataAsOf: share.dataAsOf,
  });
}
