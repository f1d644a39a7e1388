import type { Evidence } from "@/data/schema";
import { SourceCitation } from "./source-citation";

/** A source's exact words with the citation that links to it. */
export function EvidenceQuote({ evidence, className }: { evidence: Evidence; className?: string }) {
  return (
    <figure className={`border-l-2 border-border pl-3 text-sm ${className ?? ""}`}>
      <blockquote className="text-ink">“{evidence.quote}”</blockquote>
      <figcaption className="mt-1 text-muted">
        — <SourceCitation sourceId={evidence.sourceId} />
      </figcaption>
    </figure>
  );
}
