import { disagreementQuestion, discrepancyHref } from "@/data/discrepancy-links";
import { formatFigure, qualifierDescription } from "@/data/format-figure";
import type { Headline } from "@/data/headlines";
import { findRound, roundLabel } from "@/data/queries";
import { EvidenceQuote } from "./evidence-quote";

/** A headline figure: what, how many, on whose word; its content sits at the top, with no gap to fill. */
export function HeadlineCard({ headline }: { headline: Headline }) {
  const { figure } = headline;
  const hasLinks = headline.corroboratedBy > 0 || headline.discrepancies.length > 0 || headline.href;
  const round = figure.roundId ? findRound(figure.roundId) : undefined;
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
        {formatFigure(figure)}
      </p>
      <p className="text-sm text-ink">{headline.context}</p>
      {figure.qualifier !== "exact" && <p className="text-xs text-muted">This is {qualifierDescription(figure.qualifier)}.</p>}
      {figure.note && <p className="text-xs text-muted">{figure.note}</p>}
      <EvidenceQuote evidence={figure} className="text-xs" />
      {hasLinks && (
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
          {headline.corroboratedBy > 0 && (
            <span>
              Confirmed by {headline.corroboratedBy} other source{headline.corroboratedBy === 1 ? "" : "s"}.
            </span>
          )}
          {headline.discrepancies.map((d) => (
            <a key={d.id} href={discrepancyHref(d)} className="underline" data-disagreement={d.id}>
              {disagreementQuestion(d, figure.id)}
              <span className="sr-only"> Where sources disagree: {d.title}</span>
            </a>
          ))}
          {headline.href && (
            <a href={headline.href} className="underline">
              {round ? `${roundLabel(round)} in full` : "In full"}
            </a>
          )}
        </p>
      )}
    </article>
  );
}
