"use client";

import { absoluteUrl, siteUrl } from "@/data/site";
import { responsiveEmbedCode, type EmbedTarget } from "@/data/embed-code";
import { useClientValue } from "../use-client-value";
import { CopyField } from "./copy-field";

/** The origin in the address bar when it is not the configured site URL; null in the server HTML and on the site itself. */
function otherOrigin(): string | null {
  const here = window.location.origin;
  return here === new URL(siteUrl).origin ? null : here;
}

/**
 * Permalinks and embed codes name NEXT_PUBLIC_SITE_URL. On a preview or a mirror (another origin), say so after
 * hydration and offer the same codes for the origin in the address bar.
 */
export function OriginCodes({ target, pagePath }: { target: EmbedTarget; pagePath: string }) {
  const origin = useClientValue(otherOrigin, () => null);
  if (!origin) return null;
  return (
    <div className="flex flex-col gap-3 rounded border border-lower-bound/60 p-3" role="note" data-origin-notice data-island>
      <p className="text-sm text-ink">
        These codes point at {siteUrl}, the site&apos;s published address. This page is served from {origin}: for a preview or a mirror, use
        these instead.
      </p>
      <CopyField id="embed-this-origin" label={`Embed code for ${origin}`} value={responsiveEmbedCode(target, origin)} rows={4} />
      <CopyField id="permalink-this-origin" label={`Permalink on ${origin}`} value={absoluteUrl(pagePath, origin)} />
    </div>
  );
}
