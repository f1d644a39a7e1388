import { formatDate, formatFigure } from "@/data/format-figure";
import { releasedIn, roundLabel } from "@/data/queries";
import type { Round } from "@/data/schema";
import { SourceCitation } from "./source-citation";

/**
 * Every round on one line: its page, release date, the figure shown for it and its source. Cell styles sit on the table
 * (one class list, not one per cell), so the page stays small with hundreds of rounds. On a phone rows become cards
 * (globals.css, .data-table).
 */
export function RoundIndex({ rounds }: { rounds: Round[] }) {
  return (
    <div>
      <table
        role="table"
        className="data-table w-full border-collapse text-left text-sm text-ink [&_td]:border-b [&_td]:border-border [&_td]:px-2 [&_td]:py-1 [&_th]:border-b [&_th]:border-border [&_th]:px-2 [&_th]:py-1"
      >
        <caption className="sr-only">Every round of releases, in date order</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Round
            </th>
            <th scope="col" role="columnheader">
              Release date
            </th>
            <th scope="col" role="columnheader">
              Released
            </th>
            <th scope="col" role="columnheader">
              Source
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rounds.map((round) => {
            const released = releasedIn(round.id);
            return (
              <tr key={round.id} role="row" data-round={round.id}>
                <th scope="row" role="rowheader" className="font-normal">
                  <a href={`/rounds/${round.id}`} className="text-accent-strong underline">
                    {roundLabel(round)}
                  </a>
                </th>
                <td role="cell" data-label="Release date">
                  {formatDate(round.release.date)}
                </td>
                <td role="cell" data-label="Released" className="font-semibold tabular-nums" data-figure={released.id}>
                  {formatFigure(released)}
                </td>
                <td role="cell" data-label="Source">
                  <SourceCitation sourceId={released.sourceId} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
