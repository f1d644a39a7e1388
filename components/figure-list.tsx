import { formatFigure, formatPeriod, qualifierDescription } from "@/data/format-figure";
import type { Figure } from "@/data/schema";
import { SourceCitation } from "./source-citation";

const ROLE_TEXT: Record<Figure["role"], string> = {
  shown: "Figure shown",
  corroborates: "Confirms",
  contradicts: "Disagrees with",
};

/** Every figure with its qualifier, date, role, quote and citation. */
export function FigureList({ figures, showSource = true }: { figures: Figure[]; showSource?: boolean }) {
  return (
    <ul className="flex flex-col gap-3">
      {figures.map((f) => (
        <li key={f.id} id={`figure-${f.id}`} className="rounded border border-border p-3 text-sm" data-figure-entry={f.id}>
          <p>
            <span className="text-lg font-semibold text-ink tabular-nums">{formatFigure(f)}</span>{" "}
            <span className="text-ink">{f.label}</span>
          </p>
          <p className="text-muted">
            {f.refersTo.label ?? formatPeriod(f.refersTo.from, f.refersTo.to)} · {qualifierDescription(f.qualifier)} · {ROLE_TEXT[f.role]}
            {f.about && (
              <>
                {" "}
                <a className="underline" href={`#figure-${f.about}`}>
                  the figure shown
                </a>
              </>
            )}
          </p>
          <blockquote className="mt-1 border-l-2 border-border pl-3 text-ink">“{f.quote}”</blockquote>
          {showSource && (
            <p className="mt-1 text-muted">
              — <SourceCitation sourceId={f.sourceId} />
            </p>
          )}
          {f.note && <p className="mt-1 text-muted">Note: {f.note}</p>}
        </li>
      ))}
    </ul>
  );
}
