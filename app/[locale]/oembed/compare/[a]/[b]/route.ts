import { comparisonOembed, comparisonOembedParams, inEveryLocale } from "@/components/published-files";
import { pageLocale } from "@/data/text/page-locale";

/** /oembed/compare/<a>/<b>.json and its thumbnail /oembed/compare/<a>/<b>.svg. The same file as app/oembed/compare/[a]/[b], in the language of the path. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return inEveryLocale(comparisonOembedParams());
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/oembed/compare/[a]/[b]">) {
  const { a, b } = await params;
  return comparisonOembed(a, b, await pageLocale(params));
}
