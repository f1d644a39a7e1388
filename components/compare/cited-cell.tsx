import type { CompareCell } from "@/data/compare";
import { EvidenceQuote } from "../evidence-quote";

/** One side's cell: each item with the sources' exact words, or why there is nothing to show. */
export function CitedCell({ cell, sideLabel }: { cell: CompareCell; sideLabel: string }) {
  return (
    <div className="flex flex-col gap-3" data-compare-cell={cell.items.length ? "cited" : "empty"}>
      <p className="text-xs font-semibold tracking-wide text-muted uppercase sm:sr-only">{sideLabel}</p>
      {cell.items.length === 0 ? (
        <p className="text-muted">{cell.empty}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {cell.items.map((item) => (
            <li key={item.text} className="flex flex-col gap-1">
              <span className="font-semibold text-ink tabular-nums">{item.text}</span>
              {item.evidence.map((e) => (
                <EvidenceQuote key={`${e.sourceId}-${e.quote}`} evidence={e} />
              ))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
