import { formatFigure, qualifierDescription } from "@/data/format-figure";
import type { Headline } from "@/data/headlines";
import { EvidenceQuote } from "./evidence-quote";

export function HeadlineCard({ headline }: { headline: Headline }) {
  const { figure } = headline;
  return (
    <article
      className="flex flex-col gap-3 rounded-lg border border-border bg-surface-alt p-4"
      aria-labelledby={`card-${headline.id}`}
      data-card={headline.id}
    >
      <h3 id={`card-${headline.id}`} className="text-sm font-semibold tracking-wide text-muted uppercase">
        {headline.title}
      </h3>
      <p className="text-4xl font-bold text-ink tabular-nums" data-figure={figure.id}>
        {formatFigure(figure)}
      </p>
      <p className="text-sm text-ink">{headline.context}</p>
      {figure.qualifier !== "exact" && <p className="text-xs text-muted">This is {qualifierDescription(figure.qualifier)}.</p>}
      {figure.note && <p className="text-xs text-muted">{figure.note}</p>}
      <EvidenceQuote evidence={figure} className="mt-auto" />
      {headline.latest && (
        <div className="border-t border-border pt-2" data-latest-count={headline.latest.figure.id}>
          <p className="text-sm text-ink">
            Latest dated count: <span className="font-semibold tabular-nums">{formatFigure(headline.latest.figure)}</span> —{" "}
            {headline.latest.figure.label}
          </p>
          <p className="text-xs text-muted">{headline.latest.text}</p>
          <EvidenceQuote evidence={headline.latest.figure} />
        </div>
      )}
      {(headline.corroboratedBy > 0 || headline.discrepancies.length > 0 || headline.href) && (
        <p className="text-xs text-muted">
          {headline.corroboratedBy > 0 && (
            <>
              Confirmed by {headline.corroboratedBy} other source{headline.corroboratedBy === 1 ? "" : "s"}.{" "}
            </>
          )}
          {headline.discrepancies.map((d) => (
            <a key={d.id} href={`#discrepancy-${d.id}`} className="mr-2 underline">
              Sources disagree<span className="sr-only">: {d.title}</span>
            </a>
          ))}
          {headline.href && (
            <a href={headline.href} className="underline">
              Round details
            </a>
          )}
        </p>
      )}
    </article>
  );
}
