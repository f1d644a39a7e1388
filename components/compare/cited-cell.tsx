import type { CompareCell } from "@/data/compare";
import type { Evidence } from "@/data/schema";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { EvidenceQuote } from "../evidence-quote";
import { SourceCitation } from "../source-citation";

/** Identifies one quote, so the side-by-side section prints each quote once. */
export const evidenceKey = (e: Evidence) => `${e.sourceId}\u0000${e.quote}`;

/**
 * One side's cell: each item with the sources' exact words, or why there is nothing to show. A quote already printed
 * higher up the section (`shown`, filled in render order) is not printed again: the item names its source instead.
 */
export function CitedCell({
  cell,
  sideLabel,
  shown,
  locale = DEFAULT_LOCALE,
}: {
  cell: CompareCell;
  sideLabel: string;
  shown: Set<string>;
  locale?: Locale;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-2" data-compare-cell={cell.items.length ? "cited" : "empty"}>
      <p className="text-xs font-semibold tracking-wide text-muted uppercase sm:sr-only">{sideLabel}</p>
      {cell.items.length === 0 ? (
        <p className="text-sm text-muted">{cell.empty}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {cell.items.map((item) => {
            const fresh = item.evidence.filter((e) => !shown.has(evidenceKey(e)));
            const repeated = item.evidence.filter((e) => !fresh.includes(e));
            fresh.forEach((e) => shown.add(evidenceKey(e)));
            return (
              <li key={item.text} className="flex flex-col gap-1">
                <span className="font-semibold text-ink tabular-nums">{item.text}</span>
                {fresh.map((e) => (
                  <EvidenceQuote key={evidenceKey(e)} evidence={e} locale={locale} />
                ))}
                {repeated.length > 0 && (
                  <p className="text-xs text-muted" data-quoted-above>
                    {t(locale, "comparePage.quotedAbove")}{" "}
                    {[...new Set(repeated.map((e) => e.sourceId))].map((id, i) => (
                      <span key={id}>
                        {i > 0 && "; "}
                        <SourceCitation sourceId={id} locale={locale} />
                      </span>
                    ))}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
