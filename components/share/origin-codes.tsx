"use client";

import { absoluteUrl, siteUrl } from "@/data/site";
import { ORIGIN_SLOT, responsiveEmbedCode, type EmbedTarget } from "@/data/embed-code";
import { useClientValue } from "../use-client-value";
import type { CopyWords } from "./copy-button";
import { CopyField } from "./copy-field";

/** The notice and labels, in the page's language, each with an "{origin}" slot the reader's origin fills. */
export interface OriginWords {
  notice: string;
  embedCodeFor: string;
  copyEmbedCodeFor: string;
  permalinkOn: string;
  copyPermalinkOn: string;
  copy: CopyWords;
}

/** The origin in the address bar when it is not the configured site URL; null in the server HTML and on the site itself. */
function otherOrigin(): string | null {
  const here = window.location.origin;
  return here === new URL(siteUrl).origin ? null : here;
}

/**
 * Permalinks and embed codes name NEXT_PUBLIC_SITE_URL. On a preview or a mirror (another origin), say so after
 * hydration and offer the same codes for the origin in the address bar.
 */
export function OriginCodes({ target, pagePath, words }: { target: EmbedTarget; pagePath: string; words: OriginWords }) {
  const origin = useClientValue(otherOrigin, () => null);
  if (!origin) return null;
  const fill = (text: string) => text.replaceAll(ORIGIN_SLOT, origin);
  return (
    <div className="flex flex-col gap-3 rounded border border-lower-bound/60 p-3" role="note" data-origin-notice data-island>
      <p className="text-sm text-ink">{fill(words.notice)}</p>
      <CopyField
        id="embed-this-origin"
        label={fill(words.embedCodeFor)}
        copyLabel={fill(words.copyEmbedCodeFor)}
        words={words.copy}
        value={responsiveEmbedCode(target, origin)}
        rows={4}
      />
      <CopyField
        id="permalink-this-origin"
        label={fill(words.permalinkOn)}
        copyLabel={fill(words.copyPermalinkOn)}
        words={words.copy}
        value={absoluteUrl(pagePath, origin)}
      />
    </div>
  );
}
