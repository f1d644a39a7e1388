/** What a chart shows, declared once; data/chart-data.ts fills it and components render any spec. */
export interface ChartSpec {
  id: string;
  title: string;
  kind: "bar" | "line";
  unit: string;
  xAxis: "round" | "time";
  /** Words in braces ("{rounds}") are filled from the data by the chart's model (data/chart-data.ts). */
  caption: string;
  /** Bars of one category stack into a single bar (parts of a whole). */
  stacked?: boolean;
}

export const chartSpecs = [
  {
    id: "releases-by-round",
    title: "People released after each round of US–Belarus talks",
    kind: "bar",
    unit: "people released",
    xAxis: "round",
    caption: "One bar per round, {rounds}, with the number the cited source states for that round.",
  },
  {
    id: "cumulative-releases",
    title: "Releases added up, round by round",
    kind: "line",
    unit: "people released (running total)",
    xAxis: "time",
    caption:
      "The running total is computed from the round figures and placed at each release date; PISM's own total for 2025 is drawn as a ring beside the sum of the 2025 rounds.",
  },
  {
    id: "held-over-time",
    title: "Political prisoners still held in Belarus",
    kind: "line",
    unit: "political prisoners held",
    xAxis: "time",
    caption:
      "Viasna's dated counts as a line; PISM's prisoners of conscience and the UN experts' count as separate marks, never joined to it. Dashed lines mark the release rounds, dotted lines releases outside them.",
  },
  {
    id: "released-vs-held",
    title: "Released in each round against the number still held around it",
    kind: "bar",
    unit: "people",
    xAxis: "round",
    caption:
      "For each round, those released beside the held count nearest in time (within 60 days); a lower bound is drawn in its own colour and labelled “more than”.",
  },
] as const satisfies readonly ChartSpec[];

export type ChartId = (typeof chartSpecs)[number]["id"];

export const chartIds = chartSpecs.map((s) => s.id) as ChartId[];

export function isChartId(id: string): id is ChartId {
  return (chartIds as string[]).includes(id);
}

export function getChartSpec(id: ChartId): ChartSpec {
  return chartSpecs.find((s) => s.id === id)!;
}
