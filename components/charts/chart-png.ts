import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { PICTURE_FONT, PICTURE_SIZE } from "./chart-picture";

/** The bundled font files (regular and bold); system fonts are never read, so the PNG is the same on every machine. */
const FONT_DIR = join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
export const PICTURE_FONT_FILES = ["DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"].map((f) => join(FONT_DIR, f));

/** Rasterises a static chart picture (chart-picture.tsx) at twice its layout size with resvg. Build time only. */
export function chartPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { fontFiles: PICTURE_FONT_FILES, loadSystemFonts: false, defaultFontFamily: PICTURE_FONT },
    fitTo: { mode: "width", value: PICTURE_SIZE.width * PICTURE_SIZE.scale },
    shapeRendering: 2,
    textRendering: 1,
  });
  return new Uint8Array(resvg.render().asPng());
}

/** The picture of a chart as an HTTP response: the SVG as written, or its PNG. */
export function pictureResponse(svg: string, format: "svg" | "png"): Response {
  if (format === "svg") return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
  return new Response(chartPng(svg) as BodyInit, { headers: { "Content-Type": "image/png" } });
}
