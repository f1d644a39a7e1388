import { formatDate, formatFigure, formatNumber } from "@/data/format-figure";
import { latestOf } from "@/data/page-limits";
import { releasedIn, roundLabel } from "@/data/queries";
import type { Round } from "@/data/schema";
import { SourceCitation } from "./source-citation";

/** The latest `latest` rounds as cards, and a link to the index of all of them (/rounds). */
export function RoundList({ rounds, latest = rounds.length }: { rounds: Round[]; latest?: number }) {
  const shown = latestOf(rounds, latest);
  const all = formatNumber(rounds.length);
  return (
    <>
      {shown.length < rounds.length && (
        <p className="mt-1 text-sm text-ink" data-round-window>
          Showing the latest {formatNumber(shown.length)} of {all} rounds.
        </p>
      )}
      <ol className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {shown.map((round) => {
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
      <p className="mt-3 text-sm">
        <a href="/rounds" className="text-accent-strong underline" data-all-rounds>
          All {all} rounds
        </a>
      </p>
    </>
  );
}
