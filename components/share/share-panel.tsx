import type { ChartModel } from "@/data/chart-data";
import type { ChartShare } from "@/data/chart-share";
import { chartCitationTemplates, sentence } from "@/data/cite-chart";
import { datePattern } from "@/data/format-intl";
import { datasetFiles, EMBED_THEME_MESSAGE_TYPE, ORIGIN_SLOT } from "@/data/embed-code";
import { siteUrl } from "@/data/site";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { richMessage } from "../rich-message";
import { CiteThis } from "./cite-this";
import type { CopyWords } from "./copy-button";
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

/** The copy buttons' words in a locale, for the client leaves. */
export function copyWords(locale: Locale = DEFAULT_LOCALE): CopyWords {
  return { copied: t(locale, "share.copied"), copiedStatus: t(locale, "share.copiedStatus"), failedStatus: t(locale, "share.copyFailed") };
}

/**
 * Link, embed, download and cite one chart, in the page's language (the share's addresses are that language's).
 * Hidden in print: the printed page is the chart and its sources.
 */
export function SharePanel({ model, share, locale = DEFAULT_LOCALE }: { model: ChartModel; share: ChartShare; locale?: Locale }) {
  const copy = copyWords(locale);
  const origin = { origin: ORIGIN_SLOT };
  return (
    <section aria-labelledby="share-title" className="flex flex-col gap-4" data-print="hide" data-share-panel={model.spec.id}>
      <h2 id="share-title" className="text-xl font-semibold text-ink">
        {t(locale, "share.panelTitle")}
      </h2>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Block id="embed" title={t(locale, "share.embedTitle")}>
          <CopyField
            id="embed-responsive"
            label={t(locale, "share.embedCode")}
            copyLabel={t(locale, "share.copyEmbedCode")}
            words={copy}
            value={share.responsiveCode}
            rows={5}
          />
          <details className="text-sm">
            <summary className="cursor-pointer text-ink">{t(locale, "share.stripsScripts")}</summary>
            <CopyField
              id="embed-iframe"
              label={t(locale, "share.iframeCode")}
              copyLabel={t(locale, "share.copyIframeCode")}
              words={copy}
              value={share.iframeCode}
              rows={4}
              className="mt-2"
            />
          </details>
          <OriginCodes
            target={{ path: share.embedPath, title: share.title }}
            pagePath={share.pagePath}
            words={{
              notice: t(locale, "share.otherOrigin", { siteUrl, ...origin }),
              embedCodeFor: t(locale, "share.embedCodeFor", origin),
              copyEmbedCodeFor: t(locale, "share.copyEmbedCodeFor", origin),
              permalinkOn: t(locale, "share.permalinkOn", origin),
              copyPermalinkOn: t(locale, "share.copyPermalinkOn", origin),
              copy,
            }}
          />
          <p className="text-sm text-muted">
            {richMessage(locale, "share.themeHelp", {
              code: (chunks) => <code>{chunks}</code>,
              sample: (chunks) => <code className="break-all">{chunks}</code>,
              message: `{ type: "${EMBED_THEME_MESSAGE_TYPE}", theme: "dark" }`,
              oembed: (chunks) => (
                <a href={share.oembedPath} className={linkClass}>
                  {chunks}
                </a>
              ),
              preview: (chunks) => (
                <a href={share.embedPath} className={linkClass}>
                  {chunks}
                </a>
              ),
            })}
          </p>
        </Block>
        <Block id="link" title={t(locale, "share.linkTitle")}>
          <CopyField
            id="permalink"
            label={t(locale, "share.permalink")}
            copyLabel={t(locale, "share.copyPermalink")}
            words={copy}
            value={share.permalink}
          />
        </Block>
        <Block id="download" title={t(locale, "share.downloadTitle")}>
          <p className="flex flex-wrap gap-2">
            <a href={share.pngPath} download className={buttonClass} data-download="png">
              {t(locale, "share.downloadPng", {
                width: PICTURE_SIZE.width * PICTURE_SIZE.scale,
                height: PICTURE_SIZE.height * PICTURE_SIZE.scale,
              })}
            </a>
            <a href={share.svgPath} download className={buttonClass} data-download="svg">
              {t(locale, "share.downloadSvg")}
            </a>
          </p>
          <p className="text-sm text-muted">{t(locale, "share.pictureCarries")}</p>
          <ul className="flex list-disc flex-col gap-1 pl-5 text-sm text-ink">
            {share.csvPath && (
              <li>
                {richMessage(locale, "share.chartCsv", {
                  csv: (chunks) => (
                    <a href={share.csvPath} download className={linkClass} data-download="chart-csv">
                      {chunks}
                    </a>
                  ),
                })}
              </li>
            )}
            <li>
              {richMessage(locale, "share.wholeDataset", {
                csv: (chunks) => (
                  <a href={datasetFiles.csv} download className={linkClass}>
                    {chunks}
                  </a>
                ),
                json: (chunks) => (
                  <a href={datasetFiles.json} download className={linkClass}>
                    {chunks}
                  </a>
                ),
                package: (chunks) => (
                  <a href={datasetFiles.datapackage} className={linkClass}>
                    {chunks}
                  </a>
                ),
              })}
            </li>
            <li>{t(locale, "share.print")}</li>
          </ul>
          <p className="text-sm text-muted">{sentence(share.versionLine)}</p>
        </Block>
        <Block id="cite" title={t(locale, "share.citeTitle")}>
          <CiteThis
            templates={chartCitationTemplates(share.citation, locale)}
            datasetUpdated={share.citation.datasetUpdated}
            dates={datePattern(locale)}
            words={{
              plainText: t(locale, "share.plainText"),
              copyCitation: t(locale, "share.copyCitation"),
              bibtexEntry: t(locale, "share.bibtexEntry"),
              copyBibtex: t(locale, "share.copyBibtex"),
              copy,
            }}
          />
        </Block>
      </div>
    </section>
  );
}
