import { comparisonEmbed, comparisonEmbedParams, inEveryLocale } from "@/components/published-files";
import { pageLocale } from "@/data/text/page-locale";

/** /embed/compare/<a>/<b>: a static HTML document without the Next runtime, written to out/<locale>/embed/compare/<a>/<b>.html. The same file as app/embed/compare/[a]/[file], in the language of the path. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return inEveryLocale(comparisonEmbedParams());
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/embed/compare/[a]/[file]">) {
  const { a, file } = await params;
  return comparisonEmbed(a, file, await pageLocale(params));
}
