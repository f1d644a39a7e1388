import { comparisonEmbed, comparisonEmbedParams } from "@/components/published-files";
import { DEFAULT_LOCALE } from "@/data/text/locales";

/** /embed/compare/<a>/<b>: a static HTML document without the Next runtime, written to out/embed/compare/<a>/<b>.html. The Polish, Belarusian and Russian copies: app/[locale]/embed/compare/[a]/[file]. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return comparisonEmbedParams();
}

export async function GET(_request: Request, { params }: RouteContext<"/embed/compare/[a]/[file]">) {
  const { a, file } = await params;
  return comparisonEmbed(a, file, DEFAULT_LOCALE);
}
