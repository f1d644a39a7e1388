import { embedResizeScript } from "@/data/embed-code";

export const dynamic = "force-static";

export function GET() {
  return new Response(embedResizeScript(), { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
}
