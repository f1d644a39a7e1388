/**
 * Addresses and copy-paste snippets for charts that leave the site. Pure and free of the dataset, so client leaves
 * (the embed itself, copy buttons) can import it without shipping the data.
 */
import { absoluteUrl, siteUrl } from "./site";

/** The message an embed posts to its parent window whenever its content height changes. */
export const EMBED_MESSAGE_TYPE = "belarus-releases:height";
/**
 * The message a host page posts to an embed to set its theme at run time:
 * iframe.contentWindow.postMessage({ type: "belarus-releases:theme", theme: "dark" }, "*"). theme is one of
 * THEME_VALUES (light, dark, auto); the embed ignores a message of any other shape or from any window but its parent.
 */
export const EMBED_THEME_MESSAGE_TYPE = "belarus-releases:theme";
/** Marks iframes that the host script may resize. */
export const EMBED_FRAME_ATTRIBUTE = "data-belarus-releases-embed";
/**
 * Height of the plain iframe (before, or without, the resize script). Measured content: 434–526 px at 640–800 px wide,
 * 486–564 px at 480 px; 520 leaves under 100 px of blank band at those widths. Narrower, the resize script fits it.
 */
export const EMBED_HEIGHT = 520;
/** Width announced in oEmbed responses; the iframe itself is 100% wide. */
export const EMBED_WIDTH = 640;
/** The host script never makes an embed shorter or taller than this, whatever the message says. */
export const EMBED_HEIGHT_LIMITS = { min: 200, max: 2000 } as const;
export const EMBED_RESIZE_SCRIPT_PATH = "/embed-resize.js";

/** Where the reader's own origin goes in the share panel's words for a preview or a mirror (components/share/origin-codes.tsx). */
export const ORIGIN_SLOT = "{origin}";

export const chartPath = (chartId: string) => `/charts/${chartId}`;
export const embedPath = (chartId: string) => `/embed/${chartId}`;
export const oembedPath = (chartId: string) => `/oembed/${chartId}.json`;
export const chartCsvPath = (chartId: string) => `/data/${chartId}.csv`;
export const comparisonEmbedPath = (a: string, b: string) => `/embed/compare/${a}/${b}`;
export const comparisonOembedPath = (a: string, b: string) => `/oembed/compare/${a}/${b}.json`;

/** Static pictures, built with the site: /charts/<id>.svg|png and /compare/<a>/<b>.svg|png, beside their pages. */
export type PictureFormat = "svg" | "png";
export const chartPicturePath = (chartId: string, format: PictureFormat) => `/charts/${chartId}.${format}`;
export const comparisonPicturePath = (a: string, b: string, format: PictureFormat) => `/compare/${a}/${b}.${format}`;
/**
 * Where the route handlers write the pictures during the build (Next allows no file route beside the page routes
 * /charts/[chart] and /compare/[a]/[b]); scripts/place-pictures.mjs then moves them to the paths above.
 */
export const PICTURE_BUILD_DIR = "/pictures";

export const datasetFiles = {
  json: "/data/dataset.json",
  csv: "/data/dataset.csv",
  datapackage: "/data/datapackage.json",
} as const;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export interface EmbedTarget {
  /** Path of the embed page, e.g. "/embed/releases-by-round". */
  path: string;
  /** Chart title, used for the iframe's title attribute (read out by screen readers). */
  title: string;
  height?: number;
}

/** The iframe code a reader pastes into a CMS: full width, lazy, borderless, titled. */
export function iframeCode({ path, title, height = EMBED_HEIGHT }: EmbedTarget, origin: string = siteUrl): string {
  return `<iframe src="${escapeAttribute(absoluteUrl(path, origin))}" title="${escapeAttribute(title)}" width="100%" height="${height}" loading="lazy" style="border:0;width:100%" ${EMBED_FRAME_ATTRIBUTE}></iframe>`;
}

/** The iframe code plus the host script that lets the embed set its own height. */
export function responsiveEmbedCode(target: EmbedTarget, origin: string = siteUrl): string {
  return `${iframeCode(target, origin)}\n<script src="${escapeAttribute(absoluteUrl(EMBED_RESIZE_SCRIPT_PATH, origin))}" async></script>`;
}

/**
 * The host script, served as /embed-resize.js. It resizes an iframe only when the message comes from that iframe's
 * own window, and clamps the height, so another frame or a hostile message cannot resize anything else.
 */
export function embedResizeScript(): string {
  const { min, max } = EMBED_HEIGHT_LIMITS;
  return `(function () {
  "use strict";
  if (window.__belarusReleasesEmbedResize) return;
  window.__belarusReleasesEmbedResize = true;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== ${JSON.stringify(EMBED_MESSAGE_TYPE)}) return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    var frames = document.querySelectorAll("iframe[${EMBED_FRAME_ATTRIBUTE}]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.min(${max}, Math.max(${min}, Math.ceil(height))) + "px";
        return;
      }
    }
  });
})();
`;
}
