import { renderChartOembed } from "@/components/embed/chart-files";
import { chartIds } from "@/data/chart-specs";

export const dynamic = "force-static";
export const dynamicParams = false;

/** /oembed/<chart>.json and its thumbnail /oembed/<chart>.svg. */
export function generateStaticParams() {
  return chartIds.flatMap((id) => [{ file: `${id}.json` }, { file: `${id}.svg` }]);
}

export async function GET(_request: Request, { params }: RouteContext<"/oembed/[file]">) {
  return renderChartOembed((await params).file, "en");
}
