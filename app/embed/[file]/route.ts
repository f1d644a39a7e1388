import { chartEmbed, chartEmbedParams } from "@/components/published-files";
import { DEFAULT_LOCALE } from "@/data/text/locales";

/** /embed/<chart>: a static HTML document without the Next runtime, written to out/embed/<chart>.html. The Polish, Belarusian and Russian copies: app/[locale]/embed/[file]. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return chartEmbedParams();
}

export async function GET(_request: Request, { params }: RouteContext<"/embed/[file]">) {
  const { file } = await params;
  return chartEmbed(file, DEFAULT_LOCALE);
}
