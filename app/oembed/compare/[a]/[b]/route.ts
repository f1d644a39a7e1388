import { shareForComparison } from "@/data/chart-share";
import { buildComparison, comparisonPairs, isComparisonPair, type CompareSideId } from "@/data/compare";
import { buildOembed } from "@/data/oembed";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return comparisonPairs().map(({ a, b }) => ({ a, b: `${b}.json` }));
}

export async function GET(_request: Request, { params }: RouteContext<"/oembed/compare/[a]/[b]">) {
  const { a, b: file } = await params;
  const b = file.replace(/\.json$/, "");
  if (!isComparisonPair(a, b)) return new Response("Not found", { status: 404 });
  const model = buildComparison(a as CompareSideId, b as CompareSideId).chart;
  return Response.json(buildOembed(shareForComparison(model, a, b)));
}
