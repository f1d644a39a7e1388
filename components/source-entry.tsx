import { formatCitation, seriesNumber } from "@/data/citation";
import { formatDate } from "@/data/format-figure";
import { datasetFor } from "@/data/localized";
import { figuresFromSource } from "@/data/queries";
import type { Source } from "@/data/schema";
import type { MessageKey } from "@/data/text/catalogues";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { intlFor, t } from "@/data/text/translate";
import { FigureList } from "./figure-list";

const DATE_BASIS: Record<Source["published"]["basis"], MessageKey | undefined> = {
  "in-file": "sources.basisInFile",
  url: "sources.basisUrl",
  page: "sources.basisPage",
  "not-shown": undefined,
};

/** A title as published is in the source's language; one rebuilt from the URL or given by the curators is in English. */
function titleLang(source: Source, locale: Locale): string | undefined {
  const language = source.titleBasis === undefined ? source.language : "en";
  return language === locale ? undefined : language;
}

function SourceTitle({ title, lang, locale }: { title: string; lang?: string; locale: Locale }) {
  const quoted = t(locale, "citation.quoted", { text: title });
  return lang ? <span lang={lang}>{quoted}</span> : quoted;
}

export function SourceEntry({ source, locale = DEFAULT_LOCALE }: { source: Source; locale?: Locale }) {
  const figures = figuresFromSource(source.id, datasetFor(locale));
  const basis = DATE_BASIS[source.published.basis];
  const series = seriesNumber(source, locale);
  return (
    <article id={source.id} className="scroll-mt-4 rounded-lg border border-border p-4" data-source={source.id}>
      <h2 className="text-lg font-semibold text-ink">
        {source.publisher}
        {source.via && <span className="font-normal text-muted">{t(locale, "sources.viaSuffix", { via: source.via })}</span>}
      </h2>
      <p className="text-ink">
        {source.title ? (
          <SourceTitle title={source.title} lang={titleLang(source, locale)} locale={locale} />
        ) : (
          <span className="text-muted">{t(locale, "sources.titleUnknown")}</span>
        )}
        {source.titleBasis === "url-slug" && <span className="text-muted"> {t(locale, "sources.titleFromUrl")}</span>}
        {source.titleBasis === "editor" && <span className="text-muted"> {t(locale, "sources.titleDescriptive")}</span>}
      </p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm [overflow-wrap:anywhere] sm:grid-cols-[10rem_1fr]">
        {source.author && (
          <>
            <dt className="text-muted">{t(locale, "sources.author")}</dt>
            <dd>{source.author}</dd>
          </>
        )}
        {series && (
          <>
            <dt className="text-muted">{t(locale, "sources.series")}</dt>
            <dd>{series}</dd>
          </>
        )}
        <dt className="text-muted">{t(locale, "sources.published")}</dt>
        <dd>
          {source.published.date
            ? t(locale, "sources.publishedOn", { date: formatDate(source.published.date, locale), basis: basis ? t(locale, basis) : "" })
            : t(locale, "sources.notStated")}
        </dd>
        <dt className="text-muted">{t(locale, "sources.kind")}</dt>
        <dd>
          {t(locale, "sources.kindIn", {
            kind: source.kind,
            language: intlFor(locale).formatDisplayName(source.language, { type: "language" }) ?? source.language,
          })}
        </dd>
        {source.url && (
          <>
            <dt className="text-muted">{t(locale, "sources.address")}</dt>
            <dd className="break-all">
              <a href={source.url} className="underline" rel="noopener noreferrer external">
                {source.url}
              </a>
            </dd>
          </>
        )}
        {source.localFile && (
          <>
            <dt className="text-muted">{t(locale, "sources.textAsReceived")}</dt>
            <dd className="break-all">{source.localFile.replace(/^\.\.\//, "")}</dd>
          </>
        )}
        <dt className="text-muted">{t(locale, "sources.citeAs")}</dt>
        <dd>{formatCitation(source, locale)}</dd>
      </dl>
      {source.curationNotes.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm text-muted">
          {source.curationNotes.map((n) => (
            <li key={n}>{t(locale, "sources.curationNote", { note: n })}</li>
          ))}
        </ul>
      )}
      {figures.length > 0 && (
        <div className="mt-3">
          <h3 className="mb-2 text-sm font-semibold text-ink">{t(locale, "sources.figuresQuoted")}</h3>
          <FigureList figures={figures} showSource={false} locale={locale} />
        </div>
      )}
    </article>
  );
}
