import { eventsOutsideRounds, OUTSIDE_ROUNDS_NOTE } from "@/data/events";
import { formatDate, formatFigure } from "@/data/format-figure";
import { EvidenceQuote } from "./evidence-quote";

/** Releases outside the rounds, listed apart from them: never part of a round or of the round totals. */
export function OutsideRounds({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const events = eventsOutsideRounds();
  if (events.length === 0) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="outside-rounds-title" data-outside-rounds>
      <Heading id="outside-rounds-title" className="text-lg font-semibold text-ink">
        Releases outside the rounds
      </Heading>
      <p className="mt-1 max-w-3xl text-sm text-ink">{OUTSIDE_ROUNDS_NOTE}</p>
      <ol className="mt-3 flex flex-col gap-3">
        {events.map(({ event, figure, round }) => (
          <li key={event.id} id={`event-${event.id}`} className="rounded-lg border border-dashed border-border p-3" data-event={event.id}>
            <p className="font-semibold text-ink">
              {formatDate(event.date)}: {event.label}
              {figure && (
                <>
                  {" "}
                  (<span className="tabular-nums">{formatFigure(figure)}</span>)
                </>
              )}
            </p>
            <p className="text-sm text-ink">{event.summary}</p>
            {round && (
              <p className="text-sm text-muted">
                Linked round:{" "}
                <a href={`/rounds/${round.id}`} className="underline">
                  {round.label}
                </a>
              </p>
            )}
            {event.notes.map((n) => (
              <p key={n} className="text-sm text-muted">
                {n}
              </p>
            ))}
            <div className="mt-2 flex flex-col gap-2">
              {event.evidence.map((e) => (
                <EvidenceQuote key={e.quote} evidence={e} />
              ))}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
