import type { ChartModel } from "@/data/chart-data";
import type { ChartShare } from "@/data/chart-share";
import { datasetFiles, EMBED_THEME_MESSAGE_TYPE } from "@/data/embed-code";
import { CiteThis } from "./cite-this";
import { CopyField } from "./copy-field";
import { PICTURE_SIZE } from "../charts/chart-picture";
import { OriginCodes } from "./origin-codes";

const linkClass = "text-accent-strong underline underline-offset-2";
const buttonClass = "w-fit rounded border border-border bg-surface-alt px-3 py-1 text-sm font-medium text-ink hover:border-accent";

function Block({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section
      aria-labelledby={`share-${id}`}
      className="flex min-w-0 flex-col gap-3 rounded-lg border border-border p-4"
      data-share-block={id}
    >
      <h3 id={`share-${id}`} className="font-semibold text-ink">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** Link, embed, download and cite one chart. Hidden in print: the printed page is the chart and its sources. */
export function SharePanel({ model, share }: { model: ChartModel; share: ChartShare }) {
  return (
    <section aria-labelledby="share-title" className="flex flex-col gap-4" data-print="hide" data-share-panel={model.spec.id}>
      <h2 id="share-title" className="text-xl font-semibold text-ink">
        Share, download, cite
      </h2>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Block id="embed" title="Embed this chart">
          <CopyField id="embed-responsive" label="Embed code" value={share.responsiveCode} rows={5} />
          <details className="text-sm">
            <summary className="cursor-pointer text-ink">If your content system strips scripts: the plain iframe</summary>
            <CopyField id="embed-iframe" label="Plain iframe code" value={share.iframeCode} rows={4} className="mt-2" />
          </details>
          <OriginCodes target={{ path: share.embedPath, title: share.title }} pagePath={share.pagePath} />
          <p className="text-sm text-muted">
            The chart is light, like an article page. Add <code>?theme=dark</code> to the address in the code, or <code>?theme=auto</code>{" "}
            to follow the reader&apos;s system setting. To follow your site&apos;s own dark-mode switch, post{" "}
            <code className="break-all">{`{ type: "${EMBED_THEME_MESSAGE_TYPE}", theme: "dark" }`}</code> (or light, or auto) to the
            iframe&apos;s window. Content systems that read oEmbed (WordPress and others) turn the permalink into a live chart by themselves
            (
            <a href={share.oembedPath} className={linkClass}>
              oEmbed data
            </a>
            ).{" "}
            <a href={share.embedPath} className={linkClass}>
              Preview the embed
            </a>
            .
          </p>
        </Block>
        <Block id="link" title="Link">
          <CopyField id="permalink" label="Permalink" value={share.permalink} />
        </Block>
        <Block id="download" title="Download">
          <p className="flex flex-wrap gap-2">
            <a href={share.pngPath} download className={buttonClass} data-download="png">
              Download PNG ({PICTURE_SIZE.width * PICTURE_SIZE.scale} × {PICTURE_SIZE.height * PICTURE_SIZE.scale} px)
            </a>
            <a href={share.svgPath} download className={buttonClass} data-download="svg">
              Download SVG (vector)
            </a>
          </p>
          <p className="text-sm text-muted">
            Each picture carries the title, takeaway, notes, sources, permalink and the date the data is as of.
          </p>
          <ul className="flex list-disc flex-col gap-1 pl-5 text-sm text-ink">
            {share.csvPath && (
              <li>
                <a href={share.csvPath} download className={linkClass} data-download="chart-csv">
                  This chart&apos;s data (CSV)
                </a>
                : the values drawn, with qualifier and source.
              </li>
            )}
            <li>
              Whole dataset:{" "}
              <a href={datasetFiles.csv} download className={linkClass}>
                figures (CSV)
              </a>
              ,{" "}
              <a href={datasetFiles.json} download className={linkClass}>
                everything (JSON)
              </a>
              ,{" "}
              <a href={datasetFiles.datapackage} className={linkClass}>
                data package description
              </a>
              .
            </li>
            <li>For print, print this page to PDF: the chart, caption and sources fit one A4 page.</li>
          </ul>
          <p className="text-sm text-muted">{share.versionLine}.</p>
        </Block>
        <Block id="cite" title="Cite this chart">
          <CiteThis citation={share.citation} />
        </Block>
      </div>
    </section>
  );
}
