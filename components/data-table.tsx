import type { ChartTable } from "@/data/chart-data";

/**
 * The chart's numbers as a real HTML table: readable without JavaScript, by screen readers and in print. On a phone
 * each row becomes a card of label–value lines (globals.css, .data-table), so no column is ever clipped; the explicit
 * roles keep it a table for assistive technology when its display changes.
 */
export function DataTable({ table, caption, id }: { table: ChartTable; caption: string; id?: string }) {
  return (
    <table className="data-table w-full border-collapse text-left text-sm" id={id} role="table">
      <caption className="sr-only">{caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          {table.columns.map((c) => (
            <th key={c} scope="col" role="columnheader" className="border-b border-border px-2 py-1 font-semibold text-ink">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {table.rows.map((row, i) => (
          <tr key={i} role="row" className="align-top">
            {row.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row" role="rowheader" className="border-b border-border px-2 py-1 font-normal text-ink">
                  {cell}
                </th>
              ) : (
                <td key={j} role="cell" data-label={table.columns[j]} className="border-b border-border px-2 py-1 text-ink tabular-nums">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
