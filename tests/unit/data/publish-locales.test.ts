import { localePath } from "@/data/text/locale-path";
import { describe, expect, it } from "vitest";
import { chartEmbed, chartOembed, chartPicture } from "@/components/published-files";
import { buildChartModel } from "@/data/chart-data";
import { shareForChart } from "@/data/chart-share";
import { fillAccessed } from "@/data/cite-access";
import { datePattern } from "@/data/format-intl";
import { chartCitationTemplates, formatChartBibtex, formatChartCitation, type ChartCitationInput } from "@/data/cite-chart";
import { DEFAULT_LOCALE } from "@/data/text/locales";
import { chartCsvRows } from "@/data/exports/chart-csv";
import { renderDataFile } from "@/data/exports/data-files";
import { buildAtomFeed } from "@/data/exports/feed";
import { LOCALES } from "@/data/text/locales";
import { BOUND_ONLY_NEAR_DECEMBER, makeDataset } from "../fixtures/dataset-factory";

const data = makeDataset({ held: BOUND_ONLY_NEAR_DECEMBER });

const input: ChartCitationInput = {
  chartId: "releases-by-round",
  chartTitle: "Osoby uwolnione po każdej rundzie",
  permalink: "https://example.org/pl/charts/releases-by-round",
  sources: ["PISM, 15 Dec 2025"],
  datasetTitle: "Belarus releases",
  datasetVersion: "1.0.0",
  datasetUpdated: "2026-11-22",
  accessed: "2027-01-05",
};

describe("cite this, per locale", () => {
  it("Polish plain text and BibTeX (field names stay BibTeX's)", () => {
    expect(formatChartCitation(input, "pl")).toBe(
      "„Osoby uwolnione po każdej rundzie” (wykres). Belarus releases, wersja zbioru danych 1.0.0, 22 listopada 2026. " +
        "Dane: PISM, 15 Dec 2025. https://example.org/pl/charts/releases-by-round (dostęp: 5 stycznia 2027).",
    );
    const bibtex = formatChartBibtex(input, "pl");
    expect(bibtex).toContain("  howpublished = {Wykres, wersja zbioru danych 1.0.0},");
    expect(bibtex).toContain("  note = {Dane: PISM, 15 Dec 2025.}");
    expect(bibtex).toContain("  urldate = {2027-01-05},");
  });

  it.each(LOCALES)("%s: the client's templates, filled with the reader's date, read as the server's citation", (locale) => {
    const { accessed, ...citation } = input;
    const filled = fillAccessed(chartCitationTemplates(citation, locale), accessed, datePattern(locale));
    expect(filled.plain).toBe(formatChartCitation(input, locale));
    expect(filled.bibtex).toBe(formatChartBibtex(input, locale));
  });
});

describe("files a chart publishes, per locale", () => {
  it("paths: English keeps its unprefixed paths, the others get their prefix", () => {
    expect(localePath(DEFAULT_LOCALE, "/embed/x")).toBe("/embed/x");
    expect(localePath("be", "/embed/x")).toBe("/be/embed/x");
    expect(localePath("ru", "/")).toBe("/ru");
  });

  it("Polish chart CSV: English columns, values and labels as the Polish chart shows them", () => {
    const model = buildChartModel("released-vs-held", data, {}, "pl");
    const rows = chartCsvRows(model, data);
    expect(Object.keys(rows[0]!)).toContain("value_as_shown");
    const bound = rows.find((r) => r.qualifier === "more-than")!;
    expect(bound).toMatchObject({
      series: "Wciąż przetrzymywani (najbliższe datowane zestawienie)",
      value_as_shown: "ponad 1000",
      value: 1000,
    });
    const held = rows.filter((r) => r.series === bound.series && r.qualifier === "exact");
    expect(held[0]!.detail).toBe("1 lutego 2025, 9 dni przed uwolnieniem");
  });

  it("Russian feed: its title and links in the Russian edition", () => {
    const xml = buildAtomFeed(data, "https://example.org", "ru");
    expect(xml).toContain("<title>Освобождения в Беларуси: изменения в наборе данных</title>");
    expect(xml).toContain("https://example.org/ru/changes#v1-0-0");
    expect(xml).toContain("https://example.org/ru/feed.xml");
  });

  it("real dataset: the render functions answer in the locale they are given", async () => {
    const embed = await chartEmbed("releases-by-round.html", "pl").text();
    expect(embed).toMatch(/^<!DOCTYPE html><html lang="pl">/);
    expect(embed).toContain(">Pobierz dane</a>");
    const oembed = (await chartOembed("releases-by-round.json", "ru").json()) as {
      title: string;
      html: string;
      thumbnail_url: string;
    };
    expect(oembed.title).toBe("Освобождённые после каждого раунда американо-белорусских переговоров");
    expect(oembed.html).toContain("/ru/embed/releases-by-round");
    expect(oembed.thumbnail_url).toMatch(/\/ru\/charts\/releases-by-round\.png$/);
    const picture = await chartPicture("held-over-time.svg", "be").text();
    expect(picture).toContain("<title>Палітвязні, якія застаюцца за кратамі ў Беларусі</title>");
    const csv = await renderDataFile("releases-by-round.csv", "pl").text();
    expect(csv.split(/\r?\n/)[0]).toBe(
      "chart,series,x,date,value,qualifier,value_as_shown,detail,sources,source_urls,dataset_version,dataset_updated,licence",
    );
    expect(csv).toContain(",Uwolnieni,");
    expect(chartEmbed("no-such-chart.html", "pl").status).toBe(404);
    expect(renderDataFile("nothing.txt", "pl").status).toBe(404);
  });

  it("the share of a comparison-free chart keeps one CSV path for every edition", () => {
    const model = buildChartModel("releases-by-round", data, {}, "be");
    expect(shareForChart(model, data, "be").csvPath).toBe("/data/releases-by-round.csv");
  });
});
