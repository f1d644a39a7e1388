import { renderChartPicture } from "@/components/embed/chart-files";
import { chartIds } from "@/data/chart-specs";

export const dynamic = "force-static";
export const dynamicParams = false;

/** /pictures/<chart>.svg|png, moved to /charts/<chart>.svg|png by scripts/place-pictures.mjs at the end of the build. */
export function generateStaticParams() {
  return chartIds.flatMap((id) => [{ file: `${id}.svg` }, { file: `${id}.png` }]);
}

export async function GET(_request: Request, { params }: RouteContext<"/pictures/[file]">) {
  return renderChartPicture((await params).file, "en");
}
