import { comparisonPicture, comparisonPictureParams } from "@/components/published-files";
import { DEFAULT_LOCALE } from "@/data/text/locales";

/** /pictures/compare/<a>/<b>.svg|png, moved to /compare/<a>/<b>.svg|png by scripts/place-pictures.mjs. The Polish, Belarusian and Russian copies: app/[locale]/pictures/compare/[a]/[file]. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return comparisonPictureParams();
}

export async function GET(_request: Request, { params }: RouteContext<"/pictures/compare/[a]/[file]">) {
  const { a, file } = await params;
  return comparisonPicture(a, file, DEFAULT_LOCALE);
}
