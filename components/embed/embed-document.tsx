/* eslint-disable @next/next/no-head-element -- a whole document for a route handler, never rendered by Next's pages */
import type { ChartModel } from "@/data/chart-data";
import { EMBED_ATTRIBUTES, EMBED_DEFAULT_THEME, EMBED_RUNTIME_PATH } from "@/data/embed-runtime";
import { isLowerBound, qualifierDescription } from "@/data/format-figure";
import type { Qualifier } from "@/data/schema";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { ChartSvg } from "../charts/chart-svg";
import { paletteStylesheet } from "../palette";
import { renderStaticMarkup } from "./static-markup";

/** Tailwind's default sans stack, as on the site. */
const FONT = 'ui-sans-serif, system-ui, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"';

/** The embed's own few rules; colours only through the palette variables. */
export const DOCUMENT_CSS = [
  "*,::before,::after{box-sizing:border-box}",
  `html{font-family:${FONT};line-height:1.5;-webkit-text-size-adjust:100%;-webkit-font-smoothing:antialiased}`,
  "body{margin:0}",
  "html,main{background-color:var(--c-surface);color:var(--c-ink)}",
  "main{min-height:100dvh}",
  ".embed{display:flex;flex-direction:column;gap:0.5rem;padding:0.75rem}",
  ".embed h1{margin:0;font-size:1rem;line-height:1.375;font-weight:600;color:var(--c-ink)}",
  ".embed p{margin:0;font-size:0.75rem;line-height:1rem}",
  ".embed .takeaway{font-size:0.875rem;line-height:1.25rem}",
  ".links{display:flex;flex-wrap:wrap;gap:0.25rem 1rem}",
  ".muted,[data-embed-notice]{color:var(--c-muted)}",
  ".chart{position:relative;width:100%;height:18rem}",
  ".embed a{color:var(--c-accent-strong);text-decoration:underline;text-underline-offset:2px}",
  ":focus-visible{outline:2px solid var(--c-focus);outline-offset:2px}",
].join("");

export interface EmbedDocumentProps {
  model: ChartModel;
  /** "Sources: …", the original sources in short form. */
  sourceLine: string;
  /** Absolute URL of the chart (or comparison) page. */
  pageUrl: string;
  /** Absolute URL of the chart's CSV ("Get the data"). */
  csvUrl: string;
  /** "Data as of 22 Nov 2026". */
  dataAsOf: string;
  /** The embed's language: /pl/embed/… is Polish. */
  locale?: Locale;
}

/** The notes a reader needs beside the chart: what a lower bound means, when the chart draws one. */
export function embedNotes(model: ChartModel): string[] {
  const qualifiers = model.series.flatMap((s) => s.data.filter((d) => d.y !== null).map((d) => d.qualifier));
  const bounds = [...new Set(qualifiers.filter((q): q is Qualifier => q !== "derived" && isLowerBound(q)))];
  return bounds.map((q) => `▲ marks ${qualifierDescription(q)}.`);
}

/**
 * A whole embed document, without the Next runtime: the static SVG chart, its title, original sources and a link back,
 * plus one small same-origin script (/embed-runtime.js) for ?theme=, the link target in sandboxes and the height.
 * Everything but those three works with scripts off.
 */
export function EmbedDocument({ model, sourceLine, pageUrl, csvUrl, dataAsOf, locale = DEFAULT_LOCALE }: EmbedDocumentProps) {
  const a = EMBED_ATTRIBUTES;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <title>{`${model.spec.title} · Belarus releases`}</title>
        <meta name="description" content={model.takeaway} />
        {/* No noindex (Lighthouse's SEO audit fails it): the canonical link sends search engines to the chart page. */}
        <link rel="canonical" href={pageUrl} />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        {/* Deferred: fetched in parallel, run once the document is parsed; the chart never waits for it. */}
        <script src={EMBED_RUNTIME_PATH} defer />
        <style dangerouslySetInnerHTML={{ __html: paletteStylesheet() + DOCUMENT_CSS }} />
      </head>
      <body>
        <main {...{ [a.root]: "", "data-theme": EMBED_DEFAULT_THEME }}>
          <div className="embed" {...{ [a.content]: model.spec.id }}>
            <h1 {...{ [a.noticeBefore]: "" }}>{model.spec.title}</h1>
            <p className="takeaway" data-takeaway="">
              {model.takeaway}
            </p>
            <div className="chart">
              <ChartSvg model={model} />
            </div>
            {embedNotes(model).map((note) => (
              <p key={note} className="muted" data-embed-note="">
                {note}
              </p>
            ))}
            <p className="muted" data-source-line="">
              {sourceLine}. {dataAsOf}.
            </p>
            <p className="links">
              <a href={csvUrl} target="_top" rel="noopener" data-get-data="" {...{ [a.back]: "" }}>
                Get the data
              </a>
              <a href={pageUrl} target="_top" rel="noopener" data-chart-page="" {...{ [a.back]: "" }}>
                Chart page, sources and citation
              </a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}

/** The embed as the complete HTML text a route handler returns. */
export function embedDocumentHtml(props: EmbedDocumentProps): Response {
  const html = `<!DOCTYPE html>${renderStaticMarkup(<EmbedDocument {...props} />)}`;
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}
