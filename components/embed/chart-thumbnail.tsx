import type { ChartModel } from "@/data/chart-data";
import type { ChartShare } from "@/data/chart-share";
import type { OembedThumbnail } from "@/data/oembed";
import { PICTURE_SIZE } from "../charts/chart-picture";
import { absoluteUrl } from "@/data/site";
import { ChartSvg } from "../charts/chart-svg";
import { cssText, palette, paletteRules } from "../palette";
import { DOCUMENT_CSS } from "./embed-document";
import { renderStaticMarkup } from "./static-markup";

export const THUMBNAIL_SIZE = { width: 640, height: 440 } as const;

/**
 * The oEmbed thumbnail: the chart's static PNG picture (many CMSs accept no SVG thumbnail). The older SVG thumbnail
 * at /oembed/<id>.svg still answers, since permalinks are forever.
 */
export function oembedThumbnail(share: Pick<ChartShare, "pngPath">): OembedThumbnail {
  return {
    url: absoluteUrl(share.pngPath),
    width: PICTURE_SIZE.width * PICTURE_SIZE.scale,
    height: PICTURE_SIZE.height * PICTURE_SIZE.scale,
  };
}

/**
 * The chart as a standalone SVG picture for oEmbed thumbnails: the embed's title, static chart and source line drawn
 * from the same ChartSvg, on the light palette, inside a foreignObject so no second chart renderer is needed.
 */
export function chartThumbnailSvg(model: ChartModel, sourceLine: string): string {
  const { width, height } = THUMBNAIL_SIZE;
  const body = renderStaticMarkup(
    <div {...{ xmlns: "http://www.w3.org/1999/xhtml" }} className="embed">
      <h1>{model.spec.title}</h1>
      <div className="chart">
        <ChartSvg model={model} />
      </div>
      <p className="muted">{sourceLine}.</p>
    </div>,
  );
  const style =
    cssText({
      ":root": { ...(paletteRules()[":root"] as Record<string, string>), "font-family": "ui-sans-serif, system-ui, sans-serif" },
    }) + DOCUMENT_CSS;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${renderStaticMarkup(model.spec.title)}</title>`,
    `<style>${style}</style>`,
    `<rect width="100%" height="100%" fill="${palette.light.surface}"/>`,
    // In XML an <svg> inside XHTML keeps the XHTML namespace unless it names its own.
    `<foreignObject x="0" y="0" width="${width}" height="${height}">${body.replaceAll("<svg", '<svg xmlns="http://www.w3.org/2000/svg"')}</foreignObject>`,
    `</svg>`,
  ].join("");
}

export function thumbnailResponse(model: ChartModel, sourceLine: string): Response {
  return new Response(chartThumbnailSvg(model, sourceLine), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
}
