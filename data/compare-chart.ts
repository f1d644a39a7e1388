/** The comparison at a glance: one chart of both sides' released, held before and after, and destinations. */
import { figureDatum, type ChartDatum, type ChartModel, type ChartSeries } from "./chart-data";
import type { ChartSpec } from "./chart-specs";
import type { Comparison, CompareSide } from "./compare";
import { dataset, type Dataset } from "./dataset";
import { heldBeforeAfter } from "./derive";
import { formatDate } from "./format-figure";
import type { Figure } from "./schema";
import { DEFAULT_LOCALE, type Locale } from "./text/locales";
import { t } from "./text/translate";

/** The chart's spec in a locale. */
function glanceSpec(locale: Locale): ChartSpec {
  return {
    id: "compare-glance",
    title: t(locale, "compareChart.glanceTitle"),
    kind: "bar",
    unit: t(locale, "compareChart.glanceUnit"),
    xAxis: "round",
    caption: t(locale, "compareChart.glanceCaption"),
  };
}

/** The dated held counts around a side, as the comparison's "Still held" row reads them. */
function heldAroundSide(side: CompareSide, data: Dataset): { before?: Figure; after?: Figure } {
  const from = side.kind === "aggregate" ? side.released.refersTo.from : side.releaseDate!;
  const to = side.kind === "aggregate" ? (side.released.refersTo.to ?? from) : side.releaseDate!;
  return { before: heldBeforeAfter(from, "held", data).before, after: heldBeforeAfter(to, "held", data).after };
}

/** "Belarus (freed inside the country)" -> "Belarus": the axis gets the place, the table and tooltip the full label. */
const placeOf = (label: string) => label.replace(/\s*\(.*\)$/, "");

/**
 * Both sides of a comparison on one chart, from the figures the comparison already cites. Text is in `locale`; pass
 * the comparison and the dataset in the same locale.
 */
export function buildGlanceChart(comparison: Comparison, data: Dataset = dataset, locale: Locale = DEFAULT_LOCALE): ChartModel {
  const noneStated = t(locale, "compareChart.noneStated");
  const missing = (x: string, detail: string): ChartDatum => ({ x, y: null, text: noneStated, qualifier: "exact", detail, sources: [] });
  const dated = (figure: Figure) => figure.refersTo.label ?? formatDate(figure.refersTo.from, locale);
  const released = t(locale, "compareChart.releasedSeries");
  const heldBefore = t(locale, "compareChart.heldBefore");
  const heldAfter = t(locale, "compareChart.heldAfter");
  const sides = [comparison.a, comparison.b];
  const held = sides.map((s) => heldAroundSide(s, data));
  const destinations = comparison.destinationsChart.series.filter((s) => s.id !== "not-broken-down");
  const categories = [released, heldBefore, heldAfter, ...destinations.map((d) => placeOf(d.label))];
  const series: ChartSeries[] = sides.map((side, si) => {
    const around = held[si]!;
    const heldDatum = (x: string, figure: Figure | undefined, when: "before" | "after") =>
      figure
        ? {
            ...figureDatum(x, figure, data, locale),
            detail: t(locale, when === "before" ? "compareChart.latestCountBefore" : "compareChart.firstCountAfter", {
              date: dated(figure),
            }),
          }
        : missing(x, t(locale, when === "before" ? "compareChart.noCountBefore" : "compareChart.noCountAfter"));
    return {
      id: `side-${si}`,
      label: side.label,
      tone: si === 0 ? "released" : "derived",
      type: "bar",
      data: [
        figureDatum(released, side.released, data, locale),
        heldDatum(heldBefore, around.before, "before"),
        heldDatum(heldAfter, around.after, "after"),
        ...destinations.map((d, di) => {
          const datum = d.data[si]!;
          return datum.y === null
            ? missing(categories[3 + di]!, t(locale, "compareChart.noDestinationFigure"))
            : { ...datum, x: categories[3 + di]! };
        }),
      ],
    };
  });
  const figures = [
    ...sides.map((s) => s.released),
    ...held.flatMap((h) => [h.before, h.after].filter((f): f is Figure => f !== undefined)),
  ];
  const cell = (d: ChartDatum) => (d.y === null ? "—" : d.sources.length ? `${d.text} (${d.sources.join("; ")})` : d.text);
  const rowLabels = [
    released,
    heldBefore,
    heldAfter,
    ...destinations.map((d) => t(locale, "compareChart.sentTo", { destination: d.label })),
  ];
  return {
    spec: { ...glanceSpec(locale), title: t(locale, "compareChart.glancePairTitle", { a: sides[0]!.label, b: sides[1]!.label }) },
    takeaway: comparison.summary,
    categories,
    series,
    markers: [],
    table: {
      columns: [t(locale, "compareChart.columnFigure"), ...sides.map((s) => s.label)],
      rows: rowLabels.map((label, i) => [label, ...series.map((s) => cell(s.data[i]!))]),
    },
    sourceIds: [...new Set([...figures.map((f) => f.sourceId), ...comparison.destinationsChart.sourceIds])],
    notes: [t(locale, "compareChart.glanceNote")],
    textAlternative: t(locale, "compareChart.glanceTextAlternative", {
      series: series
        .map((s) => `${s.label}: ${s.data.map((d, i) => `${rowLabels[i]} ${d.y === null ? noneStated : d.text}`).join("; ")}`)
        .join(". "),
    }),
  };
}
