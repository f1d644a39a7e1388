import { dataFileNames, renderDataFile } from "@/data/exports/data-files";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return dataFileNames().map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<"/data/[file]">) {
  return renderDataFile((await params).file, "en");
}
