import { formatShortCitation } from "@/data/citation";
import { getSource } from "@/data/queries";

export function sourceAnchor(sourceId: string): string {
  return `/sources#${sourceId}`;
}

/** A short citation that links to the source's full entry on /sources. */
export function SourceCitation({ sourceId, className }: { sourceId: string; className?: string }) {
  return (
    <a
      href={sourceAnchor(sourceId)}
      className={`underline decoration-border underline-offset-2 hover:decoration-current ${className ?? ""}`}
      data-source-link={sourceId}
    >
      {formatShortCitation(getSource(sourceId))}
    </a>
  );
}
