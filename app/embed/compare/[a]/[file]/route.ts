import { embedDocumentHtml } from "@/components/embed/embed-document";
import { datasetFiles } from "@/data/embed-code";
import { absoluteUrl } from "@/data/site";
import { shareForComparison } from "@/data/chart-share";
import { datasetFor } from "@/data/localized";
import { pageLocale } from "@/data/text/page-locale";
import { buildComparison, comparisonPairs, isComparisonPair, type CompareSideId } from "@/data/compare";

/** /embed/compare/<a>/<b>: a static HTML document without the Next runtime, written to out/embed/compare/<a>/<b>.html. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return comparisonPairs().map(({ a, b }) => ({ a, file: `${b}.html` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ a: string; file: string; locale?: string }> }) {
  const { a, file } = await params;
  const locale = await pageLocale(params);
  const b = file.replace(/\.html$/, "");
  if (!isComparisonPair(a, b)) return new Response("Not found", { status: 404 });
  const model = buildComparison(a as CompareSideId, b as CompareSideId, datasetFor(locale), locale).chart;
  const share = shareForComparison(model, a, b);
  return embedDocumentHtml({
    model,
    sourceLine: share.sourceLine,
    pageUrl: share.permalink,
    // A comparison has no CSV of its own: its two figures are rows of the whole dataset's.
    csvUrl: absoluteUrl(datasetFiles.csv),
    dataAsOf: share.dataAsOf,
  });
}
