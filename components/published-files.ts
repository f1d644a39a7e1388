/**
 * The files the route handlers write at build, in any language: embeds, oEmbed answers and their thumbnails, static
 * pictures. The English handlers (app/embed, app/oembed, app/pictures) and their copies under app/[locale]/ call the
 * same functions with their locale, so /pl/embed/<id> is the same document as /embed/<id>, in Polish, pointing at
 * Polish pages. Data files (/data/*) stay language-neutral and have no copy per language.
 */
import { buildChartModel, type ChartModel } from "@/data/chart-data";
import { shareForChart, shareForComparison, type ChartShare } from "@/data/chart-share";
import { chartIds, isChartId, type ChartId } from "@/data/chart-specs";
import { buildComparison, comparisonPairs, isComparisonPair, type CompareSideId } from "@/data/compare";
import { buildGlanceChart } from "@/data/compare-chart";
import { datasetFiles } from "@/data/embed-code";
import { datasetFor } from "@/data/localized";
import { buildOembed } from "@/data/oembed";
import { absoluteUrl } from "@/data/site";
import { PREFIXED_LOCALES, type Locale } from "@/data/text/locales";
import { chartPictureSvg } from "./charts/chart-picture";
import { pictureResponse } from "./charts/chart-png";
import { oembedThumbnail, thumbnailResponse } from "./embed/chart-thumbnail";
import { embedDocumentHtml } from "./embed/embed-document";

const notFound = () => new Response("Not found", { status: 404 });

/** A handler's static params for every prefixed language: [{ file }] → [{ locale: "pl", file }, …]. */
export function inEveryLocale<P extends object>(params: P[]): (P & { locale: Locale })[] {
  return PREFIXED_LOCALES.flatMap((locale) => params.map((p) => ({ ...p, locale })));
}

/** A chart's model and share in a locale: its words in that language, its addresses in that edition. */
export function chartInLocale(chartId: ChartId, locale: Locale): { model: ChartModel; share: ChartShare } {
  const data = datasetFor(locale);
  const model = buildChartModel(chartId, data, {}, locale);
  return { model, share: shareForChart(model, data, locale) };
}

/** A comparison's chart (or its chart at a glance, for the pictures) with the comparison page's addresses. */
function comparisonShare(a: string, b: string, locale: Locale, chart: "chart" | "glance" = "chart") {
  const data = datasetFor(locale);
  const comparison = buildComparison(a as CompareSideId, b as CompareSideId, data, locale);
  const model = chart === "glance" ? buildGlanceChart(comparison, data, locale) : comparison.chart;
  return { model, share: shareForComparison(model, a, b, data, locale) };
}

/** /embed/<chart>: written to embed/<chart>.html. */
export const chartEmbedParams = () => chartIds.map((id) => ({ file: `${id}.html` }));

export function chartEmbed(file: string, locale: Locale): Response {
  const chartId = file.replace(/\.html$/, "");
  if (!isChartId(chartId)) return notFound();
  const { model, share } = chartInLocale(chartId, locale);
  return embedDocumentHtml({
    model,
    sourceLine: share.sourceLine,
    pageUrl: share.permalink,
    csvUrl: absoluteUrl(share.csvPath!),
    dataAsOf: share.dataAsOf,
    locale,
  });
}

/** /embed/compare/<a>/<b>: written to embed/compare/<a>/<b>.html. */
export const comparisonEmbedParams = () => comparisonPairs().map(({ a, b }) => ({ a, file: `${b}.html` }));

export function comparisonEmbed(a: string, file: string, locale: Locale): Response {
  const b = file.replace(/\.html$/, "");
  if (!isComparisonPair(a, b)) return notFound();
  const { model, share } = comparisonShare(a, b, locale);
  return embedDocumentHtml({
    model,
    sourceLine: share.sourceLine,
    pageUrl: share.permalink,
    // A comparison has no CSV of its own: its two figures are rows of the whole dataset's.
    csvUrl: absoluteUrl(datasetFiles.csv),
    dataAsOf: share.dataAsOf,
    locale,
  });
}

/** /oembed/<chart>.json and its thumbnail /oembed/<chart>.svg. */
export const chartOembedParams = () => chartIds.flatMap((id) => [{ file: `${id}.json` }, { file: `${id}.svg` }]);

export function chartOembed(file: string, locale: Locale): Response {
  const chartId = file.replace(/\.(json|svg)$/, "");
  if (!isChartId(chartId)) return notFound();
  const { model, share } = chartInLocale(chartId, locale);
  if (file.endsWith(".svg")) return thumbnailResponse(model, share.sourceLine);
  return Response.json(buildOembed(share, oembedThumbnail(share), locale));
}

/** /oembed/compare/<a>/<b>.json and its thumbnail /oembed/compare/<a>/<b>.svg. */
export const comparisonOembedParams = () =>
  comparisonPairs().flatMap(({ a, b }) => [
    { a, b: `${b}.json` },
    { a, b: `${b}.svg` },
  ]);

export function comparisonOembed(a: string, file: string, locale: Locale): Response {
  const b = file.replace(/\.(json|svg)$/, "");
  if (!isComparisonPair(a, b)) return notFound();
  const { model, share } = comparisonShare(a, b, locale);
  if (file.endsWith(".svg")) return thumbnailResponse(model, share.sourceLine);
  return Response.json(buildOembed(share, oembedThumbnail(share), locale));
}

/** /pictures/<chart>.svg|png, moved to /charts/<chart>.svg|png (and /pl/pictures/… to /pl/charts/…) by scripts/place-pictures.mjs. */
export const chartPictureParams = () => chartIds.flatMap((id) => [{ file: `${id}.svg` }, { file: `${id}.png` }]);

export function chartPicture(file: string, locale: Locale): Response {
  const match = /^(.+)\.(svg|png)$/.exec(file);
  if (!match || !isChartId(match[1]!)) return notFound();
  const { model, share } = chartInLocale(match[1]!, locale);
  const svg = chartPictureSvg(model, { credit: share.sourceLine, permalink: share.permalink, dataAsOf: share.dataAsOf });
  return pictureResponse(svg, match[2] as "svg" | "png");
}

/** /pictures/compare/<a>/<b>.svg|png, moved to /compare/<a>/<b>.svg|png by scripts/place-pictures.mjs. */
export const comparisonPictureParams = () =>
  comparisonPairs().flatMap(({ a, b }) => [
    { a, file: `${b}.svg` },
    { a, file: `${b}.png` },
  ]);

export function comparisonPicture(a: string, file: string, locale: Locale): Response {
  const match = /^(.+)\.(svg|png)$/.exec(file);
  if (!match || !isComparisonPair(a, match[1]!)) return notFound();
  // The comparison's picture is its chart at a glance; its share data (permalink, sources line) as the page's.
  const { model, share } = comparisonShare(a, match[1]!, locale, "glance");
  const svg = chartPictureSvg(model, { credit: share.sourceLine, permalink: share.permalink, dataAsOf: share.dataAsOf });
  return pictureResponse(svg, match[2] as "svg" | "png");
}
