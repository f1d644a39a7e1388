import { chartEmbed, chartEmbedParams, inEveryLocale } from "@/components/published-files";
import { pageLocale } from "@/data/text/page-locale";

/** /embed/<chart>: a static HTML document without the Next runtime, written to out/<locale>/embed/<chart>.html. The same file as app/embed/[file], in the language of the path. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return inEveryLocale(chartEmbedParams());
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/embed/[file]">) {
  const { file } = await params;
  return chartEmbed(file, await pageLocale(params));
}
