/**
 * A two-bar chart model for a pair of rounds, for /embed/compare/[a]/[b] and its oEmbed file.
 * Interim: the comparison module (data/compare.ts, branch `compare`) will own the pair's chart model; this keeps the
 * same ChartModel shape so the embed can switch to it without change.
 */
import { formatShortCitation } from "./citation";
import type { ChartModel, ChartSeries } from "./chart-data";
import { dataset, type Dataset } from "./dataset";
import { formatDate, formatFigure, formatNumber } from "./format-figure";
import { findRound, getSource, releasedIn } from "./queries";
import type { Figure, Round, RoundId } from "./schema";

/** Every ordered pair of different rounds: the comparisons that get an embed. */
export function comparisonPairs(data: Dataset = dataset): { a: RoundId; b: RoundId }[] {
  return data.rounds.flatMap((a) => data.rounds.filter((b) => b.id !== a.id).map((b) => ({ a: a.id, b: b.id })));
}

export function isComparisonPair(a: string, b: string, data: Dataset = dataset): boolean {
  return a !== b && Boolean(findRound(a, data)) && Boolean(findRound(b, data));
}

const isExact = (f: Figure) => f.qualifier === "exact";

function difference(a: { round: Round; figure: Figure }, b: { round: Round; figure: Figure }): string {
  if (!isExact(a.figure) || !isExact(b.figure)) {
    const bounded = [a, b].filter((side) => !isExact(side.figure)).map((side) => `${side.round.label} (${formatFigure(side.figure)})`);
    return `The difference cannot be stated exactly: the figure for ${bounded.join(" and for ")} is not an exact count.`;
  }
  const gap = b.figure.value - a.figure.value;
  if (gap === 0) return `Both rounds released the same number.`;
  return `${b.round.label} released ${formatNumber(Math.abs(gap))} ${gap > 0 ? "more" : "fewer"} than ${a.round.label}.`;
}

export function buildComparisonChartModel(a: RoundId, b: RoundId, data: Dataset = dataset): ChartModel {
  const sides = [a, b].map((id) => {
    const round = findRound(id, data);
    if (!round) throw new Error(`Unknown round "${id}"`);
    return { round, figure: releasedIn(id, data) };
  }) as [{ round: Round; figure: Figure }, { round: Round; figure: Figure }];
  const cite = (f: Figure) => formatShortCitation(getSource(f.sourceId, data));
  const series: ChartSeries[] = [
    {
      id: "released",
      label: "Released",
      tone: "released",
      type: "bar",
      data: sides.map(({ round, figure }) => ({
        x: round.label,
        y: figure.value,
        text: formatFigure(figure),
        qualifier: figure.qualifier,
        detail: `Released ${formatDate(round.release.date)}`,
        sources: [cite(figure)],
      })),
    },
  ];
  const [first, second] = sides;
  return {
    spec: {
      id: `compare-${a}-${b}`,
      title: `Political prisoners released: ${first.round.label} and ${second.round.label}`,
      kind: "bar",
      unit: "people released",
      xAxis: "round",
      caption: "The number the cited source states for each of the two rounds.",
    },
    takeaway: `${first.round.label}: ${formatFigure(first.figure)}; ${second.round.label}: ${formatFigure(second.figure)}. ${difference(first, second)}`,
    categories: sides.map((s) => s.round.label),
    series,
    markers: [],
    table: {
      columns: ["Round", "Release date", "Released", "Source"],
      rows: sides.map(({ round, figure }) => [round.label, formatDate(round.release.date), formatFigure(figure), cite(figure)]),
    },
    sourceIds: [...new Set(sides.map((s) => s.figure.sourceId))],
    notes: [],
    textAlternative: `Bar chart of people released in two rounds. ${sides.map((s) => `${s.round.label} ${formatFigure(s.figure)}`).join("; ")}.`,
  };
}
