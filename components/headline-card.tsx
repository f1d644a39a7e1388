import { disagreementQuestion, discrepancyHref } from "@/data/discrepancy-links";
import { formatFigure, qualifierDescription } from "@/data/format-figure";
import type { Headline } from "@/data/headlines";
import { datasetFor } from "@/data/localized";
import { findRound, roundLabel } from "@/data/queries";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { EvidenceQuote } from "./evidence-quote";
import { SourceCitation } from "./source-citation";

/** A headline figure: what, how many, on whose word; its content sits at the top, with no gap to fill. */
export function HeadlineCard({ headline, locale = DEFAULT_LOCALE }: { headline: Headline; locale?: Locale }) {
  const { figure } = headline;
  const data = datasetFor(locale);
  const hasLinks = headline.corroboratedBy > 0 || headline.discrepancies.length > 0 || headline.href;
  const round = figure.roundId ? findRound(figure.roundId, data) : undefined;
  return (
    <article
      className="flex flex-col gap-2 rounded-lg border border-border bg-surface-alt p-3"
      aria-labelledby={`card-${headline.id}`}
      data-card={headline.id}
    >
      <h3 id={`card-${headline.id}`} className="text-xs font-semibold tracking-wide text-muted uppercase">
        {headline.title}
      </h3>
      <p className="text-2xl font-bold text-ink tabular-nums" data-figure={figure.id}>
        {formatFigure(figure, locale)}
      </p>
      <p className="text-sm text-ink">{headline.context}</p>
      {figure.qualifier !== "exact" && (
        <p className="text-xs text-muted">
          {t(locale, "headline.qualifierNote", { description: qualifierDescription(figure.qualifier, locale) })}
        </p>
      )}
      {figure.note && <p className="text-xs text-muted">{figure.note}</p>}
      <EvidenceQuote evidence={figure} className="text-xs" locale={locale} />
      {headline.latest && (
        <div className="border-t border-border pt-2" data-latest-count={headline.latest.figure.id}>
          <p className="text-xs text-ink">
            {headline.latest.text} <SourceCitation sourceId={headline.latest.figure.sourceId} locale={locale} />
          </p>
        </div>
      )}
      {hasLinks && (
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
          {headline.corroboratedBy > 0 && <span>{t(locale, "headline.confirmedBy", { count: headline.corroboratedBy })}</span>}
          {headline.discrepancies.map((d) => (
            <a key={d.id} href={discrepancyHref(d, locale)} className="underline" data-disagreement={d.id}>
              {disagreementQuestion(d, figure.id, data, locale)}
              <span className="sr-only"> {t(locale, "headline.disagreementLabel", { title: d.title })}</span>
            </a>
          ))}
          {headline.href && (
            <a href={headline.href} className="underline">
              {round ? t(locale, "headline.roundInFull", { round: roundLabel(round, locale) }) : t(locale, "headline.inFull")}
            </a>
          )}
        </p>
      )}
    </article>
  );
}
