import { comparisonPicture, comparisonPictureParams, inEveryLocale } from "@/components/published-files";
import { pageLocale } from "@/data/text/page-locale";

/** /pictures/compare/<a>/<b>.svg|png, moved to /<locale>/compare/<a>/<b>.svg|png by scripts/place-pictures.mjs. The same file as app/pictures/compare/[a]/[file], in the language of the path. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return inEveryLocale(comparisonPictureParams());
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/pictures/compare/[a]/[file]">) {
  const { a, file } = await params;
  return comparisonPicture(a, file, await pageLocale(params));
}
