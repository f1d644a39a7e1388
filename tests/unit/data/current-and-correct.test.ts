import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { buildChartModel, latestHeldSentence } from "@/data/chart-data";
import { dataAsOf } from "@/data/changelog";
import { formatShortCitation, formatCitation } from "@/data/citation";
import { compareDays, destinationParts } from "@/data/compare";
import { DatasetError } from "@/data/dataset";
import { cumulativeReleases, heldAround, latestHeld } from "@/data/derive";
import { eventsOutsideRounds } from "@/data/events";
import { buildDataPackage } from "@/data/exports/datapackage";
import { buildDatasetJson } from "@/data/exports/dataset-export";
import { buildAtomFeed } from "@/data/exports/feed";
import { corroboratingSources } from "@/data/headlines";
import { getSource } from "@/data/queries";
import { figure, fixtureDataset, fixtureRaw, releasedFigure, round, source, type FixtureParts } from "./current-fixtures";

function problems(parts: FixtureParts): string {
  try {
    fixtureDataset(parts);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.join("\n");
    throw error;
  }
  return "";
}

const base = fixtureRaw();
const baseFigures = (base.figures as { figures: Record<string, unknown>[] }).figures;

describe("validation of the new data (fixtures)", () => {
  it("accepts the fixture", () => expect(problems({})).toBe(""));

  it("keeps different measures out of one series, naming file, entry and field", () => {
    const figures = [
      ...baseFigures,
      figure("poc", 1000, { measure: "prisoners-of-conscience-held", qualifier: "more-than", refersTo: { from: "2025-02-01" } }),
    ];
    const series = [{ id: "held", measure: "held", title: "Held", unit: "people", description: "x", points: ["held-a", "poc", "held-b"] }];
    expect(problems({ figures, series })).toContain(
      'data/series.json: entry "held": field "points.1": "poc" counts prisoners-of-conscience-held, not the series\' held',
    );
  });

  it("never lets an event count a round's figure, nor take a round's release date", () => {
    const events = [
      {
        id: "e1",
        kind: "release-outside-rounds",
        date: "2025-02-05",
        label: "E",
        summary: "S",
        figureId: "released-2025-01",
        evidence: [{ sourceId: "news", quote: "q" }],
        notes: [],
      },
      {
        id: "e2",
        kind: "release-outside-rounds",
        date: "2025-03-20",
        label: "E",
        summary: "S",
        evidence: [{ sourceId: "news", quote: "q" }],
        notes: [],
      },
      {
        id: "e3",
        kind: "release-outside-rounds",
        date: "2025-02-06",
        label: "E",
        summary: "S",
        relatedRound: "2024-12",
        evidence: [{ sourceId: "ghost", quote: "q" }],
        notes: [],
      },
    ];
    const text = problems({ events });
    expect(text).toContain('data/events.json: entry "e1": field "figureId": "released-2025-01" belongs to round 2025-01');
    expect(text).toContain('data/events.json: entry "e2": field "date": a round\'s release is dated 2025-03-20');
    expect(text).toContain('data/events.json: entry "e3": field "relatedRound": unknown round "2024-12"');
    expect(text).toContain('data/events.json: entry "e3": field "evidence.0.sourceId": unknown source "ghost"');
  });

  it("requires the changelog's newest entry to be the dataset's version and date, newest first", () => {
    const meta = { ...(base.meta as Record<string, unknown>), version: "1.2.0" };
    expect(problems({ meta })).toContain(
      'data/meta.json: field "changelog.0": the newest entry (1.1.0, 2025-04-01) must match version 1.2.0',
    );
    const reversed = { ...(base.meta as { changelog: unknown[] }) };
    reversed.changelog = [
      { version: "1.1.0", date: "2025-04-01", summary: "S", added: [], corrected: [] },
      { version: "1.0.0", date: "2025-05-01", summary: "S", added: [], corrected: [] },
    ];
    expect(problems({ meta: reversed })).toContain('data/meta.json: field "changelog.0.date": entries must be newest first');
  });

  it("models an unknown title honestly: no title means titleBasis unknown, and the reader sees it", () => {
    const untitled = source("news");
    delete untitled.title;
    expect(problems({ sources: [untitled, source("viasna"), source("pism"), source("other")] })).toContain(
      'data/sources.json: entry "news": field "title": required unless titleBasis is "unknown"',
    );
    expect(problems({ sources: [source("news", { titleBasis: "unknown" }), source("viasna"), source("pism"), source("other")] })).toContain(
      'data/sources.json: entry "news": field "titleBasis": "unknown" but a title is given',
    );
    const data = fixtureDataset({ sources: [{ ...untitled, titleBasis: "unknown" }, source("viasna"), source("pism"), source("other")] });
    expect(formatShortCitation(getSource("news", data))).toBe("NEWS, title unknown");
    expect(formatCitation(getSource("news", data))).toBe("title unknown, NEWS, publication date not stated.");
  });

  it("rejects another release date that repeats the release date", () => {
    const rounds = [
      round("2025-01", "2025-01-10", {
        release: {
          date: "2025-01-10",
          evidence: [{ sourceId: "news", quote: "q" }],
          otherDates: [{ date: "2025-01-10", evidence: [{ sourceId: "news", quote: "q" }] }],
        },
      }),
      round("2025-03", "2025-03-20"),
    ];
    expect(problems({ rounds })).toContain(
      'data/rounds.json: entry "2025-01": field "release.otherDates.0.date": repeats the release date',
    );
  });
});

describe("the held count beside a round (fixtures)", () => {
  const figures = [
    releasedFigure("2025-01", 10, "2025-01-10"),
    releasedFigure("2025-03", 20, "2025-03-20"),
    figure("bound-near", 1000, { qualifier: "more-than", refersTo: { from: "2025-01-12" } }),
    figure("exact-far", 1135, { refersTo: { from: "2025-01-15" } }),
    figure("month-only", 1197, { refersTo: { from: "2025-03" } }),
  ];
  const series = [
    { id: "held", measure: "held", title: "Held", unit: "people", description: "x", points: ["bound-near", "exact-far", "month-only"] },
  ];
  const data = fixtureDataset({ figures, series });

  it("prefers an exact count within the window to a nearer lower bound", () => {
    expect(heldAround("2025-01-10", "held", data)).toMatchObject({ figure: { id: "exact-far" }, days: 5, relation: "after" });
  });

  it("gives no number of days for a count its source dates only by month", () => {
    const held = heldAround("2025-03-20", "held", data)!;
    expect(held).toEqual({ figure: expect.objectContaining({ id: "month-only" }), relation: "dated by month only" });
    const model = buildChartModel("released-vs-held", data);
    expect(model.table.rows[1]![2]).toBe("1,197 (March 2025, dated by month only, so no number of days is given)");
    expect(model.table.rows[0]![2]).toBe("1,135 (15 January 2025, 5 days after the release)");
  });
});

describe("how current the count still held is (fixtures)", () => {
  it("says how long the latest count predates the latest round, and that none follows it", () => {
    const latest = latestHeld(fixtureDataset());
    expect(latest).toMatchObject({ figure: { id: "held-b" }, round: { id: "2025-03" }, daysBeforeRound: 14, noCountSinceRound: true });
    expect(latestHeldSentence(fixtureDataset())).toContain(
      "it predates the Round 2025-03 round's releases by 2 weeks. No count after the Round 2025-03 round's releases (20 March 2025) is in the sources.",
    );
  });

  it("does not claim there is no later count when any held series has one", () => {
    const figures = [...baseFigures, figure("un", 1131, { qualifier: "at-least", sourceId: "other", refersTo: { from: "2025-03-25" } })];
    const series = [
      { id: "held", measure: "held", title: "Held", unit: "people", description: "x", points: ["held-a", "held-b"] },
      { id: "un", measure: "held", title: "UN", unit: "people", description: "x", points: ["un"] },
    ];
    const data = fixtureDataset({ figures, series });
    expect(latestHeld(data).noCountSinceRound).toBe(false);
    expect(latestHeldSentence(data)).not.toContain("No count after");
    expect(buildChartModel("held-over-time", data).takeaway).not.toContain("no count after");
  });
});

describe("held-over-time draws measures and events apart (fixtures)", () => {
  const figures = [
    ...baseFigures,
    figure("poc", 1000, {
      measure: "prisoners-of-conscience-held",
      qualifier: "more-than",
      sourceId: "pism",
      refersTo: { from: "2025-02-01" },
    }),
    figure("pardoned-18", 18, { measure: "pardoned", refersTo: { from: "2025-02-20" }, sourceId: "news" }),
  ];
  const series = [
    { id: "held", measure: "held", title: "Held (Viasna)", unit: "people", description: "x", points: ["held-a", "held-b"] },
    {
      id: "poc",
      measure: "prisoners-of-conscience-held",
      title: "Prisoners of conscience (PISM)",
      unit: "people",
      description: "x",
      points: ["poc"],
    },
  ];
  const events = [
    {
      id: "pardon",
      kind: "release-outside-rounds",
      date: "2025-02-20",
      label: "18 pardoned",
      summary: "S",
      figureId: "pardoned-18",
      evidence: [{ sourceId: "news", quote: "q" }],
      notes: [],
    },
  ];
  const data = fixtureDataset({ figures, series, events });
  const model = buildChartModel("held-over-time", data);

  it("gives each measure its own series, so a lower bound is never joined into the line of counts", () => {
    expect(model.series.map((s) => [s.id, s.data.map((d) => d.y)])).toEqual([
      ["held", [1200, 1150]],
      ["poc", [1000]],
    ]);
    expect(model.series[1]!.tone).toBe("otherMeasure");
  });

  it("marks events on the time axis apart from the rounds, and never adds them to a round", () => {
    expect(model.markers.map((m) => [m.kind, m.label])).toEqual([
      ["round", "Round 2025-01"],
      ["round", "Round 2025-03"],
      ["event", "18 pardoned"],
    ]);
    expect(model.notes.at(-1)).toBe("Releases outside the rounds, marked apart and never added to a round: 18 pardoned (20 Feb 2025).");
    expect(cumulativeReleases(data).map((s) => s.total.value)).toEqual([10, 30]);
    expect(eventsOutsideRounds(data).map((e) => e.figure?.value)).toEqual([18]);
  });
});

describe("corroboration counts distinct sources (fixtures)", () => {
  it("counts a source once, and never the figure's own source", () => {
    const figures = [
      ...baseFigures,
      figure("same-source", 1200, { role: "corroborates", about: "held-a", refersTo: { from: "2025-01-01" } }),
      figure("other-1", 1200, { role: "corroborates", about: "held-a", sourceId: "other", refersTo: { from: "2025-01-01" } }),
      figure("other-2", 1200, { role: "corroborates", about: "held-a", sourceId: "other", refersTo: { from: "2025-01-01" } }),
    ];
    const data = fixtureDataset({ figures });
    expect(
      corroboratingSources(
        data.figures.find((f) => f.id === "held-a")!,
        data,
      ),
    ).toEqual(["other"]);
  });
});

describe("days between rounds with an unsettled release date", () => {
  it("gives the range and its basis, not one number as fact", () => {
    expect(compareDays("2025-12-13", "2026-03-19", [], ["2026-03-20"])).toEqual({
      shown: true,
      value: 96,
      qualifier: "exact",
      text: "96–97 days",
      formula:
        "from 13 December 2025 to 19 March 2026; the release date is not settled (a source gives 20 March 2026), so it is 96 to 97 days",
    });
    expect(compareDays("2025-12-13", "2026-03-19")).toMatchObject({ text: "96 days" });
  });
});

describe("destinations where the sources place everyone in one country (fixtures)", () => {
  it("counts the whole round there, cited to the words that say so", () => {
    const rounds = [
      round("2025-01", "2025-01-10", {
        destinations: { summary: "Lithuania.", allTo: "Lithuania", evidence: [{ sourceId: "news", quote: "all now free in Lithuania" }] },
      }),
      round("2025-03", "2025-03-20"),
    ];
    const data = fixtureDataset({ rounds });
    const [part] = destinationParts({ rounds: [data.rounds[0]!] }, data);
    expect(part).toMatchObject({ value: 10, group: "Lithuania", sourceId: "news", quote: "all now free in Lithuania" });
    expect(destinationParts({ rounds: [data.rounds[1]!] }, data)).toEqual([]);
    expect(
      problems({
        rounds: [
          round("2025-01", "2025-01-10", { destinations: { summary: "x", allTo: "Lithuania", evidence: [] } }),
          round("2025-03", "2025-03-20"),
        ],
      }),
    ).toContain('data/rounds.json: entry "2025-01": field "destinations.allTo": needs evidence');
  });
});

describe("the changelog, published", () => {
  const data = fixtureDataset();

  it("is a valid Atom 1.0 feed that a feed parser reads, one entry per release (fixture)", () => {
    const xml = buildAtomFeed(data, "https://example.org");
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe("Belarus releases: dataset changes");
    expect(feed.self).toBe("https://example.org/feed.xml");
    expect(feed.updated?.toISOString()).toBe("2025-04-01T00:00:00.000Z");
    expect(feed.items.map((i) => [i.title, i.url, i.id, i.updated?.toISOString().slice(0, 10)])).toEqual([
      ["Dataset 1.1.0: Second.", "https://example.org/changes#v1-1-0", "https://example.org/changes#v1-1-0", "2025-04-01"],
      ["Dataset 1.0.0: First.", "https://example.org/changes#v1-0-0", "https://example.org/changes#v1-0-0", "2025-02-01"],
    ]);
    expect(feed.items[0]!.content).toContain("<li>A count.</li>");
    expect(feed.items[0]!.content).toContain("Corrected:");
  });

  it("is in dataset.json and the data package, and dates every page", () => {
    expect(JSON.parse(buildDatasetJson(data)).meta.changelog.map((c: { version: string }) => c.version)).toEqual(["1.1.0", "1.0.0"]);
    const pkg = buildDataPackage();
    expect(pkg.changelog[0]).toMatchObject({ version: pkg.version });
    expect(dataAsOf(data)).toBe("Data as of 1 Apr 2025");
  });
});
