import { embedRuntimeScript } from "@/data/embed-runtime";

export const dynamic = "force-static";

export function GET() {
  return new Response(embedRuntimeScript(), { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
}
