import { describe, expect, it } from "vitest";
import { buildChartModel } from "@/data/chart-data";
import { shareForChart } from "@/data/chart-share";
import { escapeBibtex, formatChartBibtex, formatChartCitation, localIsoDate, type ChartCitationInput } from "@/data/cite-chart";
import { validateDataset } from "@/data/dataset";
import { siteUrl } from "@/data/site";
import { editable, entryOf, makeRawDataset, makeSource } from "../fixtures/dataset-factory";

const input: ChartCitationInput = {
  chartId: "releases-by-round",
  chartTitle: "Political prisoners released after each round of US–Belarus talks",
  permalink: "https://example.org/charts/releases-by-round",
  sources: ["PISM, 15 Dec 2025", "AP, “Belarus frees 52 prisoners, Lithuanian president says”"],
  datasetTitle: "Belarus releases",
  datasetVersion: "1.0.0",
  datasetUpdated: "2026-11-22",
  accessed: "2027-01-05",
};

describe("chart citation", () => {
  it("reads like a reference: chart title, the dashboard as publisher, the original sources, permalink and access date", () => {
    expect(formatChartCitation(input)).toBe(
      "“Political prisoners released after each round of US–Belarus talks” (chart). " +
        "Belarus releases, dataset version 1.0.0, 22 November 2026. " +
        "Data: PISM, 15 Dec 2025; AP, “Belarus frees 52 prisoners, Lithuanian president says”. " +
        "https://example.org/charts/releases-by-round (accessed 5 January 2027).",
    );
  });

  it("writes a BibTeX @misc entry with url, urldate and a note naming the sources", () => {
    expect(formatChartBibtex(input)).toBe(
      [
        "@misc{belarus-releases-releases-by-round,",
        "  title = {{Political prisoners released after each round of US–Belarus talks}},",
        "  howpublished = {Chart, dataset version 1.0.0},",
        "  publisher = {Belarus releases},",
        "  year = {2026},",
        "  url = {https://example.org/charts/releases-by-round},",
        "  urldate = {2027-01-05},",
        "  note = {Data from: PISM, 15 Dec 2025; AP, “Belarus frees 52 prisoners, Lithuanian president says”.}",
        "}",
      ].join("\n"),
    );
  });

  it("escapes LaTeX specials in text fields but keeps the URL verbatim", () => {
    expect(escapeBibtex("R&D 50% of $5 #1 a_b {x} ~ ^ \\")).toBe("R\\&D 50\\% of \\$5 \\#1 a\\_b \\{x\\} \\~{} \\^{} \\textbackslash{}");
    const bib = formatChartBibtex({ ...input, chartTitle: "A & B", permalink: "https://example.org/a_b?x=1&y=2" });
    expect(bib).toContain("title = {{A \\& B}}");
    expect(bib).toContain("url = {https://example.org/a_b?x=1&y=2}");
  });

  it("uses the reader's local calendar date", () => {
    expect(localIsoDate(new Date(2027, 0, 5, 23, 59))).toBe("2027-01-05");
  });

  it("cites every original source of a chart, in the order the chart uses them, never the dashboard alone", () => {
    const files = editable(
      makeRawDataset({
        sources: [makeSource({ id: "second", publisher: "Second Monitor", published: { date: "2025-09-29", basis: "page" } })],
      }),
    );
    entryOf(files, "figures", "held-2025-09-01").sourceId = "second";
    const data = validateDataset(files);
    const share = shareForChart(buildChartModel("held-over-time", data), data);
    expect(share.citation.sources).toEqual(["Fixture News, 1 Jan 2025", "Second Monitor, 29 Sep 2025"]);
    const text = formatChartCitation({ ...share.citation, accessed: "2027-01-05" });
    expect(text).toContain("Data: Fixture News, 1 Jan 2025; Second Monitor, 29 Sep 2025.");
    expect(text).toContain(`${siteUrl}/charts/held-over-time (accessed 5 January 2027)`);
  });
});
