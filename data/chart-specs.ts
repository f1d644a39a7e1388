import { DEFAULT_LOCALE, type Locale } from "./text/locales";
import { t, type MessageValues } from "./text/translate";

/** What a chart shows, in one language: the spec with its words resolved (data/chart-data.ts fills the data slots). */
export interface ChartSpec {
  id: string;
  title: string;
  kind: "bar" | "line";
  unit: string;
  xAxis: "round" | "time";
  caption: string;
  /** Bars of one category stack into a single bar (parts of a whole). */
  stacked?: boolean;
}

/**
 * Each chart, declared once and free of words: its title, unit and caption are the messages chartSpec.<id>.title,
 * .unit and .caption (data/text/messages/<locale>/chartSpec.json). A caption's ICU arguments ("{rounds}") are filled
 * from the data by the chart's model (data/chart-data.ts).
 */
export const chartDefinitions = [
  { id: "releases-by-round", kind: "bar", xAxis: "round" },
  { id: "cumulative-releases", kind: "line", xAxis: "time" },
  { id: "held-over-time", kind: "line", xAxis: "time" },
  { id: "released-vs-held", kind: "bar", xAxis: "round" },
] as const satisfies readonly Pick<ChartSpec, "id" | "kind" | "xAxis" | "stacked">[];

export type ChartId = (typeof chartDefinitions)[number]["id"];

export const chartIds = chartDefinitions.map((s) => s.id) as ChartId[];

export function isChartId(id: string): id is ChartId {
  return (chartIds as string[]).includes(id);
}

/** The arguments a caption takes; one left out reads as its slot ("{rounds}"), as the spec declares it. */
const CAPTION_ARGUMENTS: Record<ChartId, string[]> = {
  "releases-by-round": ["rounds"],
  "cumulative-releases": [],
  "held-over-time": [],
  "released-vs-held": [],
};

/** A chart's spec with its words in a locale; `captionValues` fills the caption's data slots. */
export function getChartSpec(id: ChartId, locale: Locale = DEFAULT_LOCALE, captionValues: MessageValues = {}): ChartSpec {
  const definition = chartDefinitions.find((s) => s.id === id)!;
  const slots = Object.fromEntries(CAPTION_ARGUMENTS[id].map((name) => [name, `{${name}}`]));
  return {
    ...definition,
    title: t(locale, `chartSpec.${id}.title`),
    unit: t(locale, `chartSpec.${id}.unit`),
    caption: t(locale, `chartSpec.${id}.caption`, { ...slots, ...captionValues }),
  };
}

type SpecsOf<T extends readonly { id: ChartId }[]> = { -readonly [K in keyof T]: ChartSpec & { id: T[K]["id"] } };

/** Every chart's spec in English (its caption's data slots unfilled). */
export const chartSpecs = chartDefinitions.map((d) => getChartSpec(d.id)) as SpecsOf<typeof chartDefinitions>;
