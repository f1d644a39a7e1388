import { oembedThumbnail, thumbnailResponse } from "@/components/embed/chart-thumbnail";
import { shareForComparison } from "@/data/chart-share";
import { datasetFor } from "@/data/localized";
import { pageLocale } from "@/data/text/page-locale";
import { buildComparison, comparisonPairs, isComparisonPair, type CompareSideId } from "@/data/compare";
import { buildOembed } from "@/data/oembed";

export const dynamic = "force-static";
export const dynamicParams = false;

/** /oembed/compare/<a>/<b>.json and its thumbnail /oembed/compare/<a>/<b>.svg. */
export function generateStaticParams() {
  return comparisonPairs().flatMap(({ a, b }) => [
    { a, b: `${b}.json` },
    { a, b: `${b}.svg` },
  ]);
}

export async function GET(_request: Request, { params }: { params: Promise<{ a: string; b: string; locale?: string }> }) {
  const { a, b: file } = await params;
  const locale = await pageLocale(params);
  const b = file.replace(/\.(json|svg)$/, "");
  if (!isComparisonPair(a, b)) return new Response("Not found", { status: 404 });
  const model = buildComparison(a as CompareSideId, b as CompareSideId, datasetFor(locale), locale).chart;
  const share = shareForComparison(model, a, b);
  if (file.endsWith(".svg")) return thumbnailResponse(model, share.sourceLine);
  return Response.json(buildOembed(share, oembedThumbnail(share)));
}
