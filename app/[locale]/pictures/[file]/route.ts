import { chartPicture, chartPictureParams, inEveryLocale } from "@/components/published-files";
import { pageLocale } from "@/data/text/page-locale";

/** /pictures/<chart>.svg|png, moved to /<locale>/charts/<chart>.svg|png by scripts/place-pictures.mjs at the end of the build. The same file as app/pictures/[file], in the language of the path. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return inEveryLocale(chartPictureParams());
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/pictures/[file]">) {
  const { file } = await params;
  return chartPicture(file, await pageLocale(params));
}
