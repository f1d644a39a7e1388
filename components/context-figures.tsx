import { CONTEXT_NOT_COMPARABLE, CONTEXT_TITLE, contextFigures, heldChangeSentence } from "@/data/context";
import { formatFigure, formatPeriod, qualifierDescription } from "@/data/format-figure";
import { EvidenceQuote } from "./evidence-quote";

/** Context figures, each with its scope, and why none of them can be compared with another or with the rounds. */
export function ContextFigures() {
  return (
    <section aria-labelledby="context-title" data-context>
      <h2 id="context-title" className="text-xl font-semibold text-ink">
        {CONTEXT_TITLE}
      </h2>
      <p className="mt-1 max-w-3xl text-ink">{heldChangeSentence()}</p>
      <p className="mt-1 max-w-3xl text-ink">{CONTEXT_NOT_COMPARABLE}</p>
      <ul className="mt-3 grid gap-3 md:grid-cols-2">
        {contextFigures().map(({ figure, scope }) => (
          <li key={figure.id} className="flex flex-col gap-2 rounded-lg border border-border p-3" data-context-figure={figure.id}>
            <p>
              <span className="text-2xl font-bold text-ink tabular-nums">{formatFigure(figure)}</span>{" "}
              <span className="text-sm text-ink">{figure.label}</span>
            </p>
            <p className="text-sm text-ink">
              <span className="font-semibold">What it counts:</span> {scope}
            </p>
            <p className="text-xs text-muted">
              {figure.refersTo.label ?? formatPeriod(figure.refersTo.from, figure.refersTo.to)} · {qualifierDescription(figure.qualifier)}
            </p>
            <EvidenceQuote evidence={figure} />
          </li>
        ))}
      </ul>
    </section>
  );
}
