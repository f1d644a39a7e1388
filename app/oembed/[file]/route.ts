import { chartOembed, chartOembedParams } from "@/components/published-files";
import { DEFAULT_LOCALE } from "@/data/text/locales";

/** /oembed/<chart>.json and its thumbnail /oembed/<chart>.svg. The Polish, Belarusian and Russian copies: app/[locale]/oembed/[file]. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return chartOembedParams();
}

export async function GET(_request: Request, { params }: RouteContext<"/oembed/[file]">) {
  const { file } = await params;
  return chartOembed(file, DEFAULT_LOCALE);
}
