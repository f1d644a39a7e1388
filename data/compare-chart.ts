/** The comparison at a glance: one chart of both sides' released, held before and after, and destinations. */
import { figureDatum, type ChartDatum, type ChartModel, type ChartSeries } from "./chart-data";
import type { ChartSpec } from "./chart-specs";
import type { Comparison, CompareSide } from "./compare";
import { dataset, type Dataset } from "./dataset";
import { heldBeforeAfter } from "./derive";
import { formatDate } from "./format-figure";
import type { Figure } from "./schema";

export const compareGlanceSpec: ChartSpec = {
  id: "compare-glance",
  title: "The two sides at a glance",
  kind: "bar",
  unit: "people",
  xAxis: "round",
  caption:
    "For each side: those released, the held counts nearest before and after the release (the year's start and end for an aggregate) and the destinations the sources state.",
};

const HELD_BEFORE = "Held before";
const HELD_AFTER = "Held after";

/** The dated held counts around a side, as the comparison's "Still held" row reads them. */
function heldAroundSide(side: CompareSide, data: Dataset): { before?: Figure; after?: Figure } {
  const from = side.kind === "aggregate" ? side.released.refersTo.from : side.releaseDate!;
  const to = side.kind === "aggregate" ? (side.released.refersTo.to ?? from) : side.releaseDate!;
  return { before: heldBeforeAfter(from, "held", data).before, after: heldBeforeAfter(to, "held", data).after };
}

/** "Belarus (freed inside the country)" -> "Belarus": the axis gets the place, the table and tooltip the full label. */
const placeOf = (label: string) => label.replace(/\s*\(.*\)$/, "");

const missing = (x: string, detail: string): ChartDatum => ({ x, y: null, text: "none stated", qualifier: "exact", detail, sources: [] });

const dated = (figure: Figure) => figure.refersTo.label ?? formatDate(figure.refersTo.from);

/** Both sides of a comparison on one chart, from the figures the comparison already cites. */
export function buildGlanceChart(comparison: Comparison, data: Dataset = dataset): ChartModel {
  const sides = [comparison.a, comparison.b];
  const held = sides.map((s) => heldAroundSide(s, data));
  const destinations = comparison.destinationsChart.series.filter((s) => s.id !== "not-broken-down");
  const categories = ["Released", HELD_BEFORE, HELD_AFTER, ...destinations.map((d) => placeOf(d.label))];
  const series: ChartSeries[] = sides.map((side, si) => {
    const around = held[si]!;
    const heldDatum = (x: string, figure: Figure | undefined, when: string) =>
      figure
        ? { ...figureDatum(x, figure, data), detail: `${when}: ${dated(figure)}` }
        : missing(x, `No dated count ${when.toLowerCase()}`);
    return {
      id: `side-${si}`,
      label: side.label,
      tone: si === 0 ? "released" : "derived",
      type: "bar",
      data: [
        figureDatum("Released", side.released, data),
        heldDatum(HELD_BEFORE, around.before, "Latest count before"),
        heldDatum(HELD_AFTER, around.after, "First count on or after"),
        ...destinations.map((d, di) => {
          const datum = d.data[si]!;
          return datum.y === null ? missing(categories[3 + di]!, "No figure for this destination") : { ...datum, x: categories[3 + di]! };
        }),
      ],
    };
  });
  const figures = [
    ...sides.map((s) => s.released),
    ...held.flatMap((h) => [h.before, h.after].filter((f): f is Figure => f !== undefined)),
  ];
  const cell = (d: ChartDatum) => (d.y === null ? "—" : d.sources.length ? `${d.text} (${d.sources.join("; ")})` : d.text);
  const rowLabels = ["Released", HELD_BEFORE, HELD_AFTER, ...destinations.map((d) => `Sent: ${d.label}`)];
  return {
    spec: { ...compareGlanceSpec, title: `${sides[0]!.label} and ${sides[1]!.label} at a glance` },
    takeaway: comparison.summary,
    categories,
    series,
    markers: [],
    table: {
      columns: ["Figure", ...sides.map((s) => s.label)],
      rows: rowLabels.map((label, i) => [label, ...series.map((s) => cell(s.data[i]!))]),
    },
    sourceIds: [...new Set([...figures.map((f) => f.sourceId), ...comparison.destinationsChart.sourceIds])],
    notes: [
      "Held before and after: the latest dated count before the release and the first on or after it; for an aggregate, before its first day and on or after its last.",
    ],
    textAlternative: `Grouped bar chart of both sides: ${series
      .map((s) => `${s.label}: ${s.data.map((d, i) => `${rowLabels[i]} ${d.y === null ? "none stated" : d.text}`).join("; ")}`)
      .join(". ")}.`,
  };
}
