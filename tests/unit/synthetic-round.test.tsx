import Papa from "papaparse";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import Dashboard from "@/app/(site)/page";
import Compare from "@/app/(site)/compare/page";
import * as roundPage from "@/app/(site)/rounds/[id]/page";
import Rounds from "@/app/(site)/rounds/page";
import * as dataRoute from "@/app/data/[file]/route";
import * as embedRoute from "@/app/embed/[file]/route";
import * as compareEmbedRoute from "@/app/embed/compare/[a]/[file]/route";
import * as oembedRoute from "@/app/oembed/[file]/route";
import { buildChartModel } from "@/data/chart-data";
import { chartIds } from "@/data/chart-specs";
import { comparisonPairs, defaultComparison } from "@/data/compare";
import { dataset } from "@/data/dataset";
import { buildChartCsv } from "@/data/exports/chart-csv";
import { buildDataPackage } from "@/data/exports/datapackage";
import { buildFiguresCsv } from "@/data/exports/dataset-export";
import { headlines } from "@/data/headlines";

const NEW = { id: "2026-09", label: "September 2026", released: 300, figure: "released-2026-09" } as const;

// A seventh round appended to the fixture by data alone (a source, the round, its figure and a headline card), read
// by every page, route and builder through the dataset module.
vi.mock("@/data/dataset", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/data/dataset")>();
  const { appendRound, makeRawDataset, makeSource } = await import("./fixtures/raw-dataset");
  const files = appendRound(makeRawDataset(), {
    id: "2026-09",
    released: 300,
    pismRound: 7,
    destinations: { Lithuania: 20 },
    source: makeSource({ id: "seventh-round-report", publisher: "Seventh Round Monitor", title: "The seventh round" }),
    headline: { id: "seventh-round", title: "Released after the seventh round", figureId: "released-2026-09" },
  });
  return { ...real, dataset: real.validateDataset(files) };
});

const params = <T,>(value: T) => ({ params: Promise.resolve(value) }) as never;
const body = async (response: Response | Promise<Response>) => (await response).text();

describe("a seventh round added by data alone reaches every page model", () => {
  it("is in the dataset, last in date order", () => {
    expect(dataset.rounds.map((r) => r.id)).toEqual(["2025-02", "2025-04", "2025-06", "2025-09", "2025-12", "2026-03", NEW.id]);
  });

  it("dashboard: its headline card, the largest group moves to it, its round card, and the years", async () => {
    const cards = headlines();
    const seventh = cards.find((c) => c.id === "seventh-round")!;
    expect(seventh.figure.value).toBe(NEW.released);
    expect(seventh.context).toBe("Released in September 2026: the largest group to date.");
    expect(cards.filter((c) => c.context.includes("largest group to date")).map((c) => c.id)).toEqual(["seventh-round"]);
    const html = renderToStaticMarkup(await Dashboard({}));
    expect(html).toContain('data-card="seventh-round"');
    expect(html).toContain(`href="/rounds/${NEW.id}"`);
    expect(html).toContain("September 2026 (PISM&#x27;s seventh round)");
    expect(html).toContain("February 2025 to September 2026");
    expect(html).not.toContain("to March 2026");
    expect(html).toContain("talks in 2025–2026");
  });

  it.each(chartIds)("chart %s: drawn, tabulated and in the text alternative", (id) => {
    const model = buildChartModel(id);
    expect([...model.categories, ...model.markers.map((m) => m.label)]).toContain(NEW.label);
    // Charts by round tabulate it; the held chart marks it (its table lists the dated counts).
    if (model.categories.length > 0) expect(model.table.rows.map((row) => row[0])).toContain(NEW.label);
    expect(model.textAlternative.length).toBeGreaterThan(0);
    if (model.spec.xAxis === "round") {
      expect(model.table.rows.at(-1)![0]).toBe(NEW.label);
      expect(model.textAlternative).toContain(NEW.label);
    }
  });

  it("charts: takeaways and captions speak of it", () => {
    expect(buildChartModel("releases-by-round").takeaway).toBe(
      "September 2026 brought the largest release of a single round, 300; the 7 rounds add up to 743.",
    );
    expect(buildChartModel("releases-by-round").spec.caption).toContain("February 2025 to September 2026");
    expect(buildChartModel("cumulative-releases").table.rows.at(-1)!.slice(0, 3)).toEqual([NEW.label, "300", "743"]);
  });

  it("the round list (/rounds) and the round's own page", async () => {
    expect(renderToStaticMarkup(await Rounds({}))).toContain(`data-round="${NEW.id}"`);
    expect(roundPage.generateStaticParams()).toContainEqual({ id: NEW.id });
  });

  it("comparisons: its pairs exist and the default comparison is the latest two rounds", async () => {
    expect(defaultComparison()).toEqual({ a: "2026-03", b: NEW.id });
    const keys = comparisonPairs().map(({ a, b }) => `${a}/${b}`);
    for (const key of [`2026-03/${NEW.id}`, `${NEW.id}/2026-03`, `2025-02/${NEW.id}`, `${NEW.id}/2025`]) expect(keys).toContain(key);
    const html = renderToStaticMarkup(await Compare({ params: Promise.resolve({}) }));
    expect(html).toContain(`/compare/2026-03/${NEW.id}`);
    expect(html).toContain("September 2026");
  });

  it("embeds and oEmbed: the chart embed draws it, the comparison embed exists", async () => {
    expect(await body(embedRoute.GET(new Request("http://x"), params({ file: "releases-by-round.html" })))).toContain(NEW.label);
    expect(compareEmbedRoute.generateStaticParams()).toContainEqual({ a: "2026-03", file: `${NEW.id}.html` });
    expect(await body(compareEmbedRoute.GET(new Request("http://x"), params({ a: "2026-03", file: `${NEW.id}.html` })))).toContain(
      NEW.label,
    );
    expect(await body(oembedRoute.GET(new Request("http://x"), params({ file: "releases-by-round.svg" })))).toContain(NEW.label);
  });

  it("CSVs: the chart CSV and dataset.csv hold its figure", async () => {
    const chart = Papa.parse<Record<string, string>>(buildChartCsv(buildChartModel("releases-by-round")), { header: true }).data;
    expect(chart.find((r) => r.x === NEW.label)).toMatchObject({ value: "300" });
    const figures = Papa.parse<Record<string, string>>(buildFiguresCsv(), { header: true }).data;
    expect(figures.map((r) => r.id)).toContain(NEW.figure);
    expect(await body(dataRoute.GET(new Request("http://x"), params({ file: "releases-by-round.csv" })))).toContain(NEW.label);
  });

  it("the data package: its source and the captions that name the rounds", () => {
    const pkg = buildDataPackage();
    expect(pkg.sources.map((s) => s.title)).toContainEqual(expect.stringContaining("The seventh round"));
    expect(pkg.resources.find((r) => r.name === "chart-releases-by-round")!.description).toContain("to September 2026");
    expect(JSON.parse(JSON.stringify(pkg))).toEqual(pkg);
  });
});
