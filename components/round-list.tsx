import { localePath } from "@/data/text/locale-path";
import { formatDate, formatFigure } from "@/data/format-figure";
import { datasetFor } from "@/data/localized";
import { latestOf } from "@/data/page-limits";
import { releasedIn, roundLabel } from "@/data/queries";
import type { Round } from "@/data/schema";

import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { richMessage } from "./rich-message";
import { SourceCitation } from "./source-citation";

/** The latest `latest` rounds as cards, and a link to the index of all of them (/rounds). */
export function RoundList({
  rounds,
  latest = rounds.length,
  locale = DEFAULT_LOCALE,
}: {
  rounds: Round[];
  latest?: number;
  locale?: Locale;
}) {
  const data = datasetFor(locale);
  const shown = latestOf(rounds, latest);
  return (
    <>
      {shown.length < rounds.length && (
        <p className="mt-1 text-sm text-ink" data-round-window>
          {t(locale, "round.window", { shown: shown.length, all: rounds.length })}
        </p>
      )}
      <ol className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {shown.map((round) => {
          const released = releasedIn(round.id, data);
          return (
            <li key={round.id} className="rounded-lg border border-border p-3">
              <a
                href={localePath(locale, `/rounds/${round.id}`)}
                className="font-semibold text-accent-strong underline-offset-2 hover:underline"
              >
                {roundLabel(round, locale)}
              </a>
              <p className="text-sm text-ink">
                {richMessage(
                  locale,
                  "round.releasedOn",
                  { figure: formatFigure(released, locale), date: formatDate(round.release.date, locale) },
                  { b: (chunks) => <span className="font-semibold tabular-nums">{chunks}</span> },
                )}
              </p>
              <p className="text-xs text-muted">
                <SourceCitation sourceId={released.sourceId} locale={locale} />
              </p>
            </li>
          );
        })}
      </ol>
      <p className="mt-3 text-sm">
        <a href={localePath(locale, "/rounds")} className="text-accent-strong underline" data-all-rounds>
          {t(locale, "round.allRounds", { count: rounds.length })}
        </a>
      </p>
    </>
  );
}
