import { FEED_TYPE } from "@/data/changelog";
import { buildAtomFeed } from "@/data/exports/feed";

export const dynamic = "force-static";

export function GET() {
  return new Response(buildAtomFeed(), { headers: { "Content-Type": `${FEED_TYPE}; charset=utf-8` } });
}
