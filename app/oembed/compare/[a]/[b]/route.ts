import { comparisonOembed, comparisonOembedParams } from "@/components/published-files";
import { DEFAULT_LOCALE } from "@/data/text/locales";

/** /oembed/compare/<a>/<b>.json and its thumbnail /oembed/compare/<a>/<b>.svg. The Polish, Belarusian and Russian copies: app/[locale]/oembed/compare/[a]/[b]. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return comparisonOembedParams();
}

export async function GET(_request: Request, { params }: RouteContext<"/oembed/compare/[a]/[b]">) {
  const { a, b } = await params;
  return comparisonOembed(a, b, DEFAULT_LOCALE);
}
