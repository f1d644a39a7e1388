import { formatDate, formatFigure } from "@/data/format-figure";
import { releasedIn, roundLabel } from "@/data/queries";
import type { Round } from "@/data/schema";
import { SourceCitation } from "./source-citation";

export function RoundList({ rounds }: { rounds: Round[] }) {
  return (
    <ol className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {rounds.map((round) => {
        const released = releasedIn(round.id);
        return (
          <li key={round.id} className="rounded-lg border border-border p-3">
            <a href={`/rounds/${round.id}`} className="font-semibold text-accent-strong underline-offset-2 hover:underline">
              {roundLabel(round)}
            </a>
            <p className="text-sm text-ink">
              <span className="font-semibold tabular-nums">{formatFigure(released)}</span> released, {formatDate(round.release.date)}
            </p>
            <p className="text-xs text-muted">
              <SourceCitation sourceId={released.sourceId} />
            </p>
          </li>
        );
      })}
    </ol>
  );
}
