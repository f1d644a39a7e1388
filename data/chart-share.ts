/** Everything a chart needs to leave the site: addresses, embed code, source line, citation parts, image captions. */
import { dataAsOf } from "./changelog";
import { formatShortCitation } from "./citation";
import type { ChartCitationInput } from "./cite-chart";
import type { ChartModel } from "./chart-data";
import { compareHref } from "./compare-href";
import { dataset, type Dataset } from "./dataset";
import {
  chartCsvPath,
  chartPicturePath,
  comparisonPicturePath,
  chartPath,
  comparisonEmbedPath,
  comparisonOembedPath,
  embedPath,
  iframeCode,
  oembedPath,
  responsiveEmbedCode,
} from "./embed-code";
import { formatDate } from "./format-figure";
import { getSource } from "./queries";
import { absoluteUrl } from "./site";
import { localePath } from "./text/locale-path";
import { DEFAULT_LOCALE, type Locale } from "./text/locales";
import { t } from "./text/translate";

export interface ChartShare {
  chartId: string;
  title: string;
  /** Absolute URL of the page a citation or a link back points at. */
  permalink: string;
  /** The same page as a path, for codes on another origin (a preview or a mirror). */
  pagePath: string;
  embedPath: string;
  oembedPath: string;
  /** Per-chart CSV; comparisons have none of their own. */
  csvPath?: string;
  iframeCode: string;
  responsiveCode: string;
  /** "Sources: PISM Spotlight No. 85/2025, 15 December 2025; AP, via …" — the original sources, never the dashboard. */
  sourceLine: string;
  citation: Omit<ChartCitationInput, "accessed">;
  /** "Dataset version 1.0.0, updated 22 November 2026". */
  versionLine: string;
  /** "Data as of 22 Nov 2026": the dataset's last update, for the embed's credit line and the static pictures. */
  dataAsOf: string;
  /** The static pictures: /charts/<id>.svg|png, /compare/<a>/<b>.svg|png. */
  svgPath: string;
  pngPath: string;
}

/** Short citations of the chart's original sources; undated items of one publisher read alike and are named once. */
export function chartSourceCitations(model: ChartModel, data: Dataset = dataset, locale: Locale = DEFAULT_LOCALE): string[] {
  return [...new Set(model.sourceIds.map((id) => formatShortCitation(getSource(id, data), {}, locale)))];
}

/** The paths of a chart's page, embed, oEmbed file and pictures in a locale's edition; the data files have one path. */
function localised<P extends { page: string; embed: string; oembed: string; csv?: string; svg: string; png: string }>(
  paths: P,
  locale: Locale,
): P {
  const { csv, ...rest } = paths;
  const inIt = Object.fromEntries(Object.entries(rest).map(([key, path]) => [key, localePath(locale, path)]));
  return { ...paths, ...inIt, ...(csv ? { csv } : {}) };
}

function buildShare(
  model: ChartModel,
  languagePaths: { page: string; embed: string; oembed: string; csv?: string; svg: string; png: string },
  data: Dataset,
  locale: Locale,
): ChartShare {
  const paths = localised(languagePaths, locale);
  const sources = chartSourceCitations(model, data, locale);
  const permalink = absoluteUrl(paths.page);
  const target = { path: paths.embed, title: model.spec.title };
  return {
    chartId: model.spec.id,
    title: model.spec.title,
    permalink,
    pagePath: paths.page,
    embedPath: paths.embed,
    oembedPath: paths.oembed,
    csvPath: paths.csv,
    iframeCode: iframeCode(target),
    responsiveCode: responsiveEmbedCode(target),
    sourceLine: t(locale, "share.sourceLine", { count: sources.length, sources: sources.join("; ") }),
    citation: {
      chartId: model.spec.id,
      chartTitle: model.spec.title,
      permalink,
      sources,
      datasetTitle: data.meta.title,
      datasetVersion: data.meta.version,
      datasetUpdated: data.meta.updated,
    },
    versionLine: t(locale, "share.versionLine", { version: data.meta.version, date: formatDate(data.meta.updated, locale) }),
    dataAsOf: dataAsOf(data, locale),
    svgPath: paths.svg,
    pngPath: paths.png,
  };
}

/** Everything to share a chart, in a locale: its addresses in that edition, its words in that language. */
export function shareForChart(model: ChartModel, data: Dataset = dataset, locale: Locale = DEFAULT_LOCALE): ChartShare {
  const id = model.spec.id;
  return buildShare(
    model,
    {
      page: chartPath(id),
      embed: embedPath(id),
      oembed: oembedPath(id),
      csv: chartCsvPath(id),
      svg: chartPicturePath(id, "svg"),
      png: chartPicturePath(id, "png"),
    },
    data,
    locale,
  );
}

/** A comparison's permalink is its static page, /compare/[a]/[b]. */
export function shareForComparison(
  model: ChartModel,
  a: string,
  b: string,
  data: Dataset = dataset,
  locale: Locale = DEFAULT_LOCALE,
): ChartShare {
  return buildShare(
    model,
    {
      page: compareHref(a, b),
      embed: comparisonEmbedPath(a, b),
      oembed: comparisonOembedPath(a, b),
      svg: comparisonPicturePath(a, b, "svg"),
      png: comparisonPicturePath(a, b, "png"),
    },
    data,
    locale,
  );
}
