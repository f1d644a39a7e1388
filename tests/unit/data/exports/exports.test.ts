import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildChartModel } from "@/data/chart-data";
import { chartIds } from "@/data/chart-specs";
import { creditLine, sourceTitle } from "@/data/citation";
import { dataset } from "@/data/dataset";
import { buildChartCsv, CHART_CSV_COLUMNS } from "@/data/exports/chart-csv";
import { buildDataPackage } from "@/data/exports/datapackage";
import { buildDatasetJson, buildFiguresCsv, FIGURE_CSV_FIELDS } from "@/data/exports/dataset-export";
import { formatOrdinal } from "@/data/format-figure";
import { getFigure, getSource } from "@/data/queries";
import { FIXTURE_SOURCE, makeDataset } from "../../fixtures/dataset-factory";

const fixture = makeDataset();

const read = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe("chart CSV", () => {
  it.each(chartIds)("%s holds exactly the values the chart draws, with qualifier, sources and dataset version", (id) => {
    const model = buildChartModel(id);
    const { data, errors, meta } = read(buildChartCsv(model));
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...CHART_CSV_COLUMNS]);
    const drawn = model.series.flatMap((s) => s.data.filter((d) => d.y !== null).map((d) => ({ s, d })));
    expect(data).toHaveLength(drawn.length);
    data.forEach((row, i) => {
      const { s, d } = drawn[i]!;
      expect(Number(row.value)).toBe(d.y);
      expect(row.series).toBe(s.label);
      expect(row.qualifier).toBe(d.qualifier);
      expect(row.value_as_shown).toBe(d.text);
      if (d.figureId) {
        const figure = getFigure(d.figureId);
        const source = getSource(figure.sourceId);
        expect(row.date).toBe(figure.refersTo.to ? `${figure.refersTo.from}/${figure.refersTo.to}` : figure.refersTo.from);
        expect(row.sources!.startsWith(d.sources[0]!.replace(/…”$/, ""))).toBe(true);
        expect(row.source_urls).toBe(source.url ?? "");
      } else {
        expect(row.date).toBe("");
        expect(row.sources).toBe(d.sources.join("; "));
      }
      expect(row.dataset_version).toBe(dataset.meta.version);
      expect(row.dataset_updated).toBe(dataset.meta.updated);
    });
  });

  it("keeps a lower bound a lower bound", () => {
    const { data } = read(buildChartCsv(buildChartModel("held-over-time", fixture), fixture));
    const bound = data.find((r) => r.qualifier === "more-than");
    expect(bound).toMatchObject({ value: "1000", value_as_shown: "more than 1,000" });
    expect(bound?.sources).toBe(`${getSource(FIXTURE_SOURCE, fixture).publisher}, 1 Jan 2025`);
    expect(bound?.date).toBe("2025-12-15");
  });

  it("never cuts a title, and gives the address of the copy that was read", () => {
    const { data } = read(buildChartCsv(buildChartModel("held-over-time")));
    expect(data.some((r) => r.sources!.includes("…"))).toBe(false);
    expect(data.map((r) => r.sources)).toContain("Zmagar, “As of 31 January 2026: again more than a thousand behind bars”");
    for (const r of data) expect(r.source_urls === "" || URL.canParse(r.source_urls!)).toBe(true);
    expect(data.filter((r) => r.source_urls !== "").length).toBeGreaterThan(0);
  });

  it("releases-by-round reads back as the round figures", () => {
    const { data } = read(buildChartCsv(buildChartModel("releases-by-round", fixture), fixture));
    expect(data.map((r) => [r.x, Number(r.value)])).toEqual([
      ["February 2025", 3],
      ["April 2025", 1],
      ["June 2025", 14],
      ["September 2025", 52],
      ["December 2025", 123],
      ["March 2026", 250],
    ]);
  });
});

describe("dataset downloads", () => {
  it("dataset.json is the validated dataset", () => {
    const json = JSON.parse(buildDatasetJson());
    expect(json.figures).toEqual(dataset.figures);
    expect(json.sources).toEqual(dataset.sources);
    expect(json.rounds).toEqual(dataset.rounds.map((r) => (r.pismRound ? { ...r, pismRound: formatOrdinal(r.pismRound) } : r)));
    expect(json.meta.version).toBe(dataset.meta.version);
    expect(json.meta.$schema).toBeUndefined();
  });

  it("dataset.json keeps its published shape: PISM's round as a word, no headline cards; the releases outside the rounds are added", () => {
    const json = JSON.parse(buildDatasetJson(fixture));
    expect(Object.keys(json)).toEqual(["meta", "sources", "rounds", "figures", "series", "events", "discrepancies"]);
    expect(json.rounds.map((r: { pismRound?: string }) => r.pismRound)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      "fifth",
      "sixth",
    ]);
  });

  it("dataset.csv parses back to every figure with its source", () => {
    const { data, errors, meta } = read(buildFiguresCsv());
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual(FIGURE_CSV_FIELDS.map((f) => f.name));
    expect(data).toHaveLength(dataset.figures.length);
    data.forEach((row, i) => {
      const f = dataset.figures[i]!;
      expect(row.id).toBe(f.id);
      expect(Number(row.value)).toBe(f.value);
      expect(row.qualifier).toBe(f.qualifier);
      expect(row.quote).toBe(f.quote);
      expect(row.refers_to_from).toBe(f.refersTo.from);
      expect(row.round_id).toBe(f.roundId ?? "");
      expect(row.source_id).toBe(f.sourceId);
      expect(row.source_credit).toContain(getSource(f.sourceId).publisher);
    });
  });
});

describe("datapackage.json", () => {
  const pkg = buildDataPackage();

  it("names the licence, version and every source", () => {
    expect(pkg.licenses).toEqual([{ name: "CC-BY-4.0", title: dataset.meta.licence.title, path: dataset.meta.licence.path }]);
    expect(pkg.version).toBe(dataset.meta.version);
    expect(pkg.created.startsWith(dataset.meta.updated)).toBe(true);
    expect(pkg.sources).toHaveLength(dataset.sources.length);
    pkg.sources.forEach((s, i) => expect(s.title).toBe(`${creditLine(dataset.sources[i]!)}: ${sourceTitle(dataset.sources[i]!)}`));
    expect(pkg.sources.some((s) => s.title.startsWith("PISM"))).toBe(true);
  });

  it("describes each CSV's columns exactly, with types and descriptions", () => {
    const figures = pkg.resources.find((r) => r.name === "figures")!;
    expect(figures).toMatchObject({ path: "dataset.csv", format: "csv", mediatype: "text/csv" });
    expect(figures.schema?.fields.map((f) => f.name)).toEqual(read(buildFiguresCsv()).meta.fields);
    for (const id of chartIds) {
      const resource = pkg.resources.find((r) => r.name === `chart-${id}`)!;
      expect(resource.path).toBe(`${id}.csv`);
      expect(resource.schema?.fields.map((f) => f.name)).toEqual(read(buildChartCsv(buildChartModel(id))).meta.fields);
    }
    for (const resource of pkg.resources)
      for (const field of resource.schema?.fields ?? []) {
        expect(["string", "number", "integer", "date"]).toContain(field.type);
        expect(field.description.length).toBeGreaterThan(5);
      }
    expect(figures.schema?.fields.find((f) => f.name === "value")).toMatchObject({ type: "number", unit: "people" });
  });

  it("lists the JSON download", () => {
    expect(pkg.resources.find((r) => r.name === "dataset")).toMatchObject({
      path: "dataset.json",
      format: "json",
      mediatype: "application/json",
    });
  });
});
