/**
 * The files a chart publishes besides its page, rendered for one language: the embed document, the oEmbed response
 * and its thumbnail, and the static pictures. The English routes (app/embed, app/oembed, app/pictures) call these
 * with "en"; the other editions' routes call them with their locale.
 */
import { buildChartModel, type ChartModel } from "@/data/chart-data";
import { shareForChart, type ChartShare } from "@/data/chart-share";
import { isChartId, type ChartId } from "@/data/chart-specs";
import { datasetFor } from "@/data/localized";
import { buildOembed } from "@/data/oembed";
import { absoluteUrl } from "@/data/site";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { chartPictureSvg } from "../charts/chart-picture";
import { pictureResponse } from "../charts/chart-png";
import { oembedThumbnail, thumbnailResponse } from "./chart-thumbnail";
import { embedDocumentHtml } from "./embed-document";

const notFound = () => new Response("Not found", { status: 404 });

/** A chart's model and share in a locale: its words in that language, its addresses in that edition. */
export function chartInLocale(id: ChartId, locale: Locale = DEFAULT_LOCALE): { model: ChartModel; share: ChartShare } {
  const data = datasetFor(locale);
  const model = buildChartModel(id, data, {}, locale);
  return { model, share: shareForChart(model, data, locale) };
}

/** /embed/<chart>: the script-free embed document, <html lang> in the locale. */
export function renderChartEmbed(id: string, locale: Locale = DEFAULT_LOCALE): Response {
  if (!isChartId(id)) return notFound();
  const { model, share } = chartInLocale(id, locale);
  return embedDocumentHtml({
    model,
    sourceLine: share.sourceLine,
    pageUrl: share.permalink,
    csvUrl: absoluteUrl(share.csvPath!),
    dataAsOf: share.dataAsOf,
    locale,
  });
}

/** /oembed/<chart>.json (the oEmbed response) or /oembed/<chart>.svg (its older SVG thumbnail). */
export function renderChartOembed(file: string, locale: Locale = DEFAULT_LOCALE): Response {
  const match = /^(.+)\.(json|svg)$/.exec(file);
  if (!match || !isChartId(match[1]!)) return notFound();
  const { model, share } = chartInLocale(match[1], locale);
  if (match[2] === "svg") return thumbnailResponse(model, share.sourceLine);
  return Response.json(buildOembed(share, oembedThumbnail(share)));
}

/** /charts/<chart>.svg|png: the static picture (built under /pictures, then moved beside the chart's page). */
export function renderChartPicture(file: string, locale: Locale = DEFAULT_LOCALE): Response {
  const match = /^(.+)\.(svg|png)$/.exec(file);
  if (!match || !isChartId(match[1]!)) return notFound();
  const { model, share } = chartInLocale(match[1], locale);
  const svg = chartPictureSvg(model, { credit: share.sourceLine, permalink: share.permalink, dataAsOf: share.dataAsOf });
  return pictureResponse(svg, match[2] as "svg" | "png");
}
