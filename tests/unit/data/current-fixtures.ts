/**
 * A small, valid raw dataset for the rules of issue 10 (held series, events, changelog, titles, dates): two rounds, one
 * source per counter, and overrides per test. Only what a rule needs is in it, so new data in data/ breaks none of them.
 */
import { validateDataset, type RawDataset } from "@/data/dataset";

type Entry = Record<string, unknown>;

export const source = (id: string, extra: Entry = {}): Entry => ({
  id,
  kind: "secondary",
  publisher: id.toUpperCase(),
  title: `Report ${id}`,
  published: { basis: "not-shown" },
  language: "en",
  curationNotes: [],
  ...extra,
});

export const round = (id: string, date: string, extra: Entry = {}): Entry => ({
  id,
  label: `Round ${id}`,
  release: { date, evidence: [{ sourceId: "news", quote: `Released on ${date}` }] },
  envoys: [],
  inReturn: { summary: "Not stated.", kind: "not-stated", evidence: [] },
  destinations: { summary: "Not stated.", evidence: [] },
  notable: [],
  notes: [],
  ...extra,
});

export const figure = (id: string, value: number, extra: Entry = {}): Entry => ({
  id,
  measure: "held",
  label: `Figure ${id}`,
  value,
  qualifier: "exact",
  stated: String(value),
  refersTo: { from: "2025-01-01" },
  role: "shown",
  sourceId: "viasna",
  quote: `There were ${value} people.`,
  ...extra,
});

const released = (roundId: string, value: number, from: string) =>
  figure(`released-${roundId}`, value, { measure: "released", roundId, refersTo: { from } });

export interface FixtureParts {
  sources?: Entry[];
  rounds?: Entry[];
  figures?: Entry[];
  series?: Entry[];
  events?: Entry[];
  meta?: Entry;
}

/** The raw files: defaults for every part not given. */
export function fixtureRaw(parts: FixtureParts = {}): RawDataset {
  const figures = parts.figures ?? [
    released("2025-01", 10, "2025-01-10"),
    released("2025-03", 20, "2025-03-20"),
    figure("held-a", 1200, { refersTo: { from: "2025-01-01" } }),
    figure("held-b", 1150, { refersTo: { from: "2025-03-06" } }),
  ];
  return {
    sources: { sources: parts.sources ?? [source("news"), source("viasna"), source("pism"), source("other")] },
    rounds: { rounds: parts.rounds ?? [round("2025-01", "2025-01-10"), round("2025-03", "2025-03-20")] },
    figures: { figures },
    series: {
      series: parts.series ?? [
        { id: "held", measure: "held", title: "Held (Viasna)", unit: "people", description: "Counts.", points: ["held-a", "held-b"] },
      ],
    },
    events: { events: parts.events ?? [] },
    headlines: { headlines: [] },
    discrepancies: { discrepancies: [] },
    meta: parts.meta ?? {
      title: "Fixture",
      version: "1.1.0",
      updated: "2025-04-01",
      licence: { name: "CC-BY-4.0", title: "Creative Commons Attribution 4.0", path: "https://creativecommons.org/licenses/by/4.0/" },
      curation: "Fixture.",
      changelog: [
        { version: "1.1.0", date: "2025-04-01", summary: "Second.", added: ["A count."], corrected: ["A title."] },
        { version: "1.0.0", date: "2025-02-01", summary: "First.", added: ["Everything."], corrected: [] },
      ],
    },
  };
}

export const fixtureDataset = (parts: FixtureParts = {}) => validateDataset(fixtureRaw(parts));

export { released as releasedFigure };
