import type { ChartTable } from "@/data/chart-data";

/** The chart's numbers as a real HTML table: readable without JavaScript, by screen readers and in print. */
export function DataTable({ table, caption, id }: { table: ChartTable; caption: string; id?: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" id={id}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col" className="border-b border-border px-2 py-1 font-semibold text-ink">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i} className="align-top">
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row" className="border-b border-border px-2 py-1 font-normal text-ink">
                    {cell}
                  </th>
                ) : (
                  <td key={j} className="border-b border-border px-2 py-1 text-ink tabular-nums">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
