import { derivedFigure } from "@/data/derive";
import { formatFigure } from "@/data/format-figure";
import { getFigure } from "@/data/queries";
import type { Discrepancy } from "@/data/schema";
import { EvidenceQuote } from "./evidence-quote";
import { SourceCitation } from "./source-citation";

/** Where sources disagree: every side with its figure, source and quote, or its formula when derived. */
export function DiscrepancyList({ discrepancies, headingLevel = 3 }: { discrepancies: Discrepancy[]; headingLevel?: 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  if (discrepancies.length === 0) return <p className="text-sm text-muted">No disagreement between sources is recorded here.</p>;
  return (
    <ul className="flex flex-col gap-4">
      {discrepancies.map((d) => (
        <li key={d.id} id={`discrepancy-${d.id}`} className="rounded-lg border border-lower-bound/60 p-4" data-discrepancy={d.id}>
          <Heading className="font-semibold text-ink">{d.title}</Heading>
          <p className="mt-1 text-sm text-ink">{d.summary}</p>
          <ul className="mt-2 flex flex-col gap-2 text-sm">
            {d.figures.map((id) => {
              const f = getFigure(id);
              return (
                <li key={id}>
                  <span className="font-semibold tabular-nums">{formatFigure(f)}</span> — {f.label}: “{f.quote}” (
                  <SourceCitation sourceId={f.sourceId} />)
                </li>
              );
            })}
            {d.derived.map((id) => {
              const f = derivedFigure(id);
              return (
                <li key={id}>
                  <span className="font-semibold tabular-nums">{formatFigure(f)}</span> — {f.label}, computed: {f.formula}
                </li>
              );
            })}
          </ul>
          {d.evidence.length > 0 && (
            <div className="mt-2 flex flex-col gap-2">
              {d.evidence.map((e) => (
                <EvidenceQuote key={`${e.sourceId}-${e.quote}`} evidence={e} />
              ))}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
