import { localePath } from "@/data/text/locale-path";
import { eventsOutsideRounds } from "@/data/events";
import { formatDate, formatFigure } from "@/data/format-figure";
import { datasetFor } from "@/data/localized";
import type { Evidence, Round } from "@/data/schema";

import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { EvidenceQuote } from "./evidence-quote";
import { richMessage } from "./rich-message";

/**
 * Releases outside the rounds, listed apart from them: never part of a round or of the round totals. `compact` (the
 * dashboard) gives each a line with its source and links the full entry, with quotes and notes, on /rounds.
 */
export function OutsideRounds({ compact = false, locale = DEFAULT_LOCALE }: { compact?: boolean; locale?: Locale }) {
  const events = eventsOutsideRounds(datasetFor(locale));
  if (events.length === 0) return null;
  const contextLink = (
    <a href={localePath(locale, "/rounds#context-title")} className="underline">
      {t(locale, "context.title")}
    </a>
  );
  if (compact)
    return (
      <p className="text-sm text-ink" data-outside-rounds>
        {richMessage(
          locale,
          "events.compactLine",
          {},
          {
            b: (chunks) => <span className="font-semibold">{chunks}</span>,
            events: () =>
              events.map(({ event }, i) => (
                <span key={event.id} data-event={event.id}>
                  {i > 0 && "; "}
                  <a href={localePath(locale, `/rounds#event-${event.id}`)} className="underline">
                    {t(locale, "events.eventLink", { label: event.label, date: formatDate(event.date, locale) })}
                  </a>
                </span>
              )),
          },
        )}{" "}
        {contextLink}
      </p>
    );
  return (
    <section aria-labelledby="outside-rounds-title" data-outside-rounds>
      <h2 id="outside-rounds-title" className="text-xl font-semibold text-ink">
        {t(locale, "events.title")}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-ink">{t(locale, "events.note")}</p>
      <ol className="mt-3 flex flex-col gap-3">
        {events.map(({ event, figure, round }) => (
          <li key={event.id} id={`event-${event.id}`} className="rounded-lg border border-dashed border-border p-3" data-event={event.id}>
            <p className="font-semibold text-ink">
              {t(locale, "events.heading", { date: formatDate(event.date, locale), label: event.label })}
            </p>
            {figure && (
              <p className="text-sm text-ink" data-figure={figure.id}>
                <span className="font-semibold tabular-nums">{formatFigure(figure, locale)}</span> — {figure.label}
              </p>
            )}
            <p className="text-sm text-ink">{event.summary}</p>
            <EventDetail round={round} notes={event.notes} evidence={event.evidence} locale={locale} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function EventDetail({ round, notes, evidence, locale }: { round?: Round; notes: string[]; evidence: Evidence[]; locale: Locale }) {
  return (
    <>
      {round && (
        <p className="text-sm text-muted">
          {t(locale, "events.linkedRound")}{" "}
          <a href={localePath(locale, `/rounds/${round.id}`)} className="underline">
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
          <EvidenceQuote key={e.quote} evidence={e} locale={locale} />
        ))}
      </div>
    </>
  );
}
