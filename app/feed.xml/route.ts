import { renderFeed } from "@/data/exports/feed";

export const dynamic = "force-static";

export function GET() {
  return renderFeed("en");
}
