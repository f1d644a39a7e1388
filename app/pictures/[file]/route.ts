import { chartPicture, chartPictureParams } from "@/components/published-files";
import { DEFAULT_LOCALE } from "@/data/text/locales";

/** /pictures/<chart>.svg|png, moved to /charts/<chart>.svg|png by scripts/place-pictures.mjs at the end of the build. The Polish, Belarusian and Russian copies: app/[locale]/pictures/[file]. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return chartPictureParams();
}

export async function GET(_request: Request, { params }: RouteContext<"/pictures/[file]">) {
  const { file } = await params;
  return chartPicture(file, DEFAULT_LOCALE);
}
