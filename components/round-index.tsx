import { localePath } from "@/data/text/locale-path";
import { formatDate, formatFigure } from "@/data/format-figure";
import { datasetFor } from "@/data/localized";
import { releasedIn, roundLabel } from "@/data/queries";
import type { Round } from "@/data/schema";

import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { SourceCitation } from "./source-citation";

/**
 * Every round on one line: its page, release date, the figure shown for it and its source. Cell styles sit on the table
 * (one class list, not one per cell), so the page stays small with hundreds of rounds. On a phone rows become cards
 * (globals.css, .data-table).
 */
export function RoundIndex({ rounds, locale = DEFAULT_LOCALE }: { rounds: Round[]; locale?: Locale }) {
  const data = datasetFor(locale);
  const columns = {
    round: t(locale, "round.columnRound"),
    date: t(locale, "round.columnReleaseDate"),
    released: t(locale, "round.columnReleased"),
    source: t(locale, "round.columnSource"),
  };
  return (
    <div>
      <table
        role="table"
        className="data-table w-full border-collapse text-left text-sm text-ink [&_td]:border-b [&_td]:border-border [&_td]:px-2 [&_td]:py-1 [&_th]:border-b [&_th]:border-border [&_th]:px-2 [&_th]:py-1"
      >
        <caption className="sr-only">{t(locale, "round.indexCaption")}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {columns.round}
            </th>
            <th scope="col" role="columnheader">
              {columns.date}
            </th>
            <th scope="col" role="columnheader">
              {columns.released}
            </th>
            <th scope="col" role="columnheader">
              {columns.source}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rounds.map((round) => {
            const released = releasedIn(round.id, data);
            return (
              <tr key={round.id} role="row" data-round={round.id}>
                <th scope="row" role="rowheader" className="font-normal">
                  <a href={localePath(locale, `/rounds/${round.id}`)} className="text-accent-strong underline">
                    {roundLabel(round, locale)}
                  </a>
                </th>
                <td role="cell" data-label={columns.date}>
                  {formatDate(round.release.date, locale)}
                </td>
                <td role="cell" data-label={columns.released} className="font-semibold tabular-nums" data-figure={released.id}>
                  {formatFigure(released, locale)}
                </td>
                <td role="cell" data-label={columns.source}>
                  <SourceCitation sourceId={released.sourceId} locale={locale} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
