/** oEmbed 1.0 "rich" responses (https://oembed.com/#section2.3), written as static JSON files at build. */
import type { ChartShare } from "./chart-share";
import { EMBED_HEIGHT, EMBED_WIDTH } from "./embed-code";
import { absoluteUrl } from "./site";
import { siteNameFor } from "./site-metadata";
import { localePath } from "./text/locale-path";
import { DEFAULT_LOCALE, type Locale } from "./text/locales";

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

/** The share carries the language's addresses (its iframe is /pl/embed/… in Polish); the provider is that language's dashboard. */
export function buildOembed(share: ChartShare, thumbnail?: OembedThumbnail, locale: Locale = DEFAULT_LOCALE): OembedRich {
  return {
    type: "rich",
    version: "1.0",
    title: share.title,
    provider_name: siteNameFor(locale),
    provider_url: absoluteUrl(localePath(locale, "/")),
    html: share.iframeCode,
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
    cache_age: ONE_DAY,
    ...(thumbnail ? { thumbnail_url: thumbnail.url, thumbnail_width: thumbnail.width, thumbnail_height: thumbnail.height } : {}),
  };
}
