/** oEmbed 1.0 "rich" responses (https://oembed.com/#section2.3), written as static JSON files at build. */
import type { ChartShare } from "./chart-share";
import { EMBED_HEIGHT, EMBED_WIDTH } from "./embed-code";
import { siteName, siteUrl } from "./site";

export interface OembedRich {
  type: "rich";
  version: "1.0";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export interface OembedThumbnail {
  url: string;
  width: number;
  height: number;
}

const ONE_DAY = 86_400;

export function buildOembed(share: ChartShare, thumbnail?: OembedThumbnail): OembedRich {
  return {
    type: "rich",
    version: "1.0",
    title: share.title,
    provider_name: siteName,
    provider_url: `${siteUrl}/`,
    html: share.iframeCode,
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
    cache_age: ONE_DAY,
    ...(thumbnail ? { thumbnail_url: thumbnail.url, thumbnail_width: thumbnail.width, thumbnail_height: thumbnail.height } : {}),
  };
}
