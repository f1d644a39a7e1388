import { chartOembed, chartOembedParams, inEveryLocale } from "@/components/published-files";
import { pageLocale } from "@/data/text/page-locale";

/** /oembed/<chart>.json and its thumbnail /oembed/<chart>.svg. The same file as app/oembed/[file], in the language of the path. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return inEveryLocale(chartOembedParams());
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/oembed/[file]">) {
  const { file } = await params;
  return chartOembed(file, await pageLocale(params));
}
