import { chartPictureSvg } from "@/components/charts/chart-picture";
import { pictureResponse } from "@/components/charts/chart-png";
import { shareForComparison } from "@/data/chart-share";
import { buildGlanceChart } from "@/data/compare-chart";
import { datasetFor } from "@/data/localized";
import { pageLocale } from "@/data/text/page-locale";
import { buildComparison, comparisonPairs, isComparisonPair, type CompareSideId } from "@/data/compare";

export const dynamic = "force-static";
export const dynamicParams = false;

/** /pictures/compare/<a>/<b>.svg|png, moved to /compare/<a>/<b>.svg|png by scripts/place-pictures.mjs. */
export function generateStaticParams() {
  return comparisonPairs().flatMap(({ a, b }) => [
    { a, file: `${b}.svg` },
    { a, file: `${b}.png` },
  ]);
}

export async function GET(_request: Request, { params }: { params: Promise<{ a: string; file: string; locale?: string }> }) {
  const { a, file } = await params;
  const locale = await pageLocale(params);
  const match = /^(.+)\.(svg|png)$/.exec(file);
  if (!match || !isComparisonPair(a, match[1]!)) return new Response("Not found", { status: 404 });
  const comparison = buildComparison(a as CompareSideId, match[1] as CompareSideId, datasetFor(locale), locale);
  // The comparison's picture is its chart at a glance; its share data (permalink, sources line) as the page's.
  const model = buildGlanceChart(comparison, datasetFor(locale), locale);
  const share = shareForComparison(model, a, match[1]!);
  const svg = chartPictureSvg(model, { credit: share.sourceLine, permalink: share.permalink, dataAsOf: share.dataAsOf });
  return pictureResponse(svg, match[2] as "svg" | "png");
}
