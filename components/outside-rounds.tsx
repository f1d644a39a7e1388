import { eventsOutsideRounds, OUTSIDE_ROUNDS_NOTE } from "@/data/events";
import { formatDate, formatFigure } from "@/data/format-figure";
import type { Evidence, Round } from "@/data/schema";
import { EvidenceQuote } from "./evidence-quote";
import { SourceCitation } from "./source-citation";

/**
 * Releases outside the rounds, listed apart from them: never part of a round or of the round totals. `compact` (the
 * dashboard) gives each a line with its source and links the full entry, with quotes and notes, on /rounds.
 */
export function OutsideRounds({ compact = false }: { compact?: boolean }) {
  const events = eventsOutsideRounds();
  if (events.length === 0) return null;
  if (compact)
    return (
      <p className="text-sm text-ink" data-outside-rounds>
        <span className="font-semibold">Releases outside the rounds</span>, never counted in them:{" "}
        {events.map(({ event }, i) => (
          <span key={event.id} data-event={event.id}>
            {i > 0 && "; "}
            <a href={`/rounds#event-${event.id}`} className="underline">
              {event.label}, {formatDate(event.date)}
            </a>
          </span>
        ))}
        .{" "}
        <a href="/rounds#context-title" className="underline">
          Why the count still held barely falls
        </a>
      </p>
    );
  return (
    <section aria-labelledby="outside-rounds-title" data-outside-rounds>
      <h2 id="outside-rounds-title" className="text-xl font-semibold text-ink">
        Releases outside the rounds
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-ink">
        {OUTSIDE_ROUNDS_NOTE}
        {compact && (
          <>
            {" "}
            <a href="/rounds#context-title" className="underline">
              Why the count still held barely falls
            </a>
          </>
        )}
      </p>
      <ol className={compact ? "mt-2 grid gap-2 sm:grid-cols-2" : "mt-3 flex flex-col gap-3"}>
        {events.map(({ event, figure, round }) => (
          <li key={event.id} id={`event-${event.id}`} className="rounded-lg border border-dashed border-border p-3" data-event={event.id}>
            <p className="font-semibold text-ink">
              {formatDate(event.date)}: {event.label}
            </p>
            {figure && (
              <p className="text-sm text-ink" data-figure={figure.id}>
                <span className="font-semibold tabular-nums">{formatFigure(figure)}</span> — {figure.label}
              </p>
            )}
            {compact ? (
              <p className="text-xs text-muted">
                <SourceCitation sourceId={event.evidence[0]!.sourceId} /> ·{" "}
                <a href={`/rounds#event-${event.id}`} className="underline">
                  What happened, quotes and notes
                </a>
              </p>
            ) : (
              <>
                <p className="text-sm text-ink">{event.summary}</p>
                <EventDetail round={round} notes={event.notes} evidence={event.evidence} />
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function EventDetail({ round, notes, evidence }: { round?: Round; notes: string[]; evidence: Evidence[] }) {
  return (
    <>
      {round && (
        <p className="text-sm text-muted">
          Linked round:{" "}
          <a href={`/rounds/${round.id}`} className="underline">
            {round.label}
          </a>
        </p>
      )}
      {notes.map((n) => (
        <p key={n} className="text-sm text-muted">
          {n}
        </p>
      ))}
      <div className="mt-2 flex flex-col gap-2">
        {evidence.map((e) => (
          <EvidenceQuote key={e.quote} evidence={e} />
        ))}
      </div>
    </>
  );
}
