import { renderChartEmbed } from "@/components/embed/chart-files";
import { chartIds } from "@/data/chart-specs";

/** /embed/<chart>: a static HTML document without the Next runtime, written to out/embed/<chart>.html. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return chartIds.map((id) => ({ file: `${id}.html` }));
}

export async function GET(_request: Request, { params }: RouteContext<"/embed/[file]">) {
  return renderChartEmbed((await params).file.replace(/\.html$/, ""), "en");
}
