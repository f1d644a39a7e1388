import { buildChartModel } from "@/data/chart-data";
import { chartIds, isChartId } from "@/data/chart-specs";
import { buildChartCsv } from "@/data/exports/chart-csv";
import { buildDataPackage } from "@/data/exports/datapackage";
import { buildDatasetJson, buildFiguresCsv } from "@/data/exports/dataset-export";

export const dynamic = "force-static";
export const dynamicParams = false;

const CSV = "text/csv; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";

const files: Record<string, () => { body: string; type: string }> = {
  "dataset.json": () => ({ body: buildDatasetJson(), type: JSON_TYPE }),
  "dataset.csv": () => ({ body: buildFiguresCsv(), type: CSV }),
  "datapackage.json": () => ({ body: `${JSON.stringify(buildDataPackage(), null, 2)}\n`, type: JSON_TYPE }),
};

export function generateStaticParams() {
  return [...Object.keys(files), ...chartIds.map((id) => `${id}.csv`)].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<"/data/[file]">) {
  const { file } = await params;
  const chartId = file.replace(/\.csv$/, "");
  const made =
    files[file]?.() ??
    (file.endsWith(".csv") && isChartId(chartId) ? { body: buildChartCsv(buildChartModel(chartId)), type: CSV } : undefined);
  if (!made) return new Response("Not found", { status: 404 });
  return new Response(made.body, { headers: { "Content-Type": made.type } });
}
