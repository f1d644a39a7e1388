import { describe, expect, it } from "vitest";
import {
  chartEmbed,
  chartEmbedParams,
  chartOembed,
  chartPicture,
  comparisonEmbed,
  comparisonOembed,
  comparisonPicture,
  inEveryLocale,
} from "@/components/published-files";
import { buildChartModel } from "@/data/chart-data";
import { shareForChart, shareForComparison } from "@/data/chart-share";
import { buildComparison } from "@/data/compare";
import { buildOembed } from "@/data/oembed";
import { siteUrl } from "@/data/site";
import { picturePlace } from "@/scripts/place-pictures.mjs";

const text = (response: Response) => response.text();

describe("a chart's addresses in each language", () => {
  it("put the page, embed, oEmbed file and pictures under the language's prefix, and keep the CSV language-neutral", () => {
    const share = shareForChart(buildChartModel("releases-by-round"), undefined, "pl");
    expect(share).toMatchObject({
      permalink: `${siteUrl}/pl/charts/releases-by-round`,
      pagePath: "/pl/charts/releases-by-round",
      embedPath: "/pl/embed/releases-by-round",
      oembedPath: "/pl/oembed/releases-by-round.json",
      csvPath: "/data/releases-by-round.csv",
      svgPath: "/pl/charts/releases-by-round.svg",
      pngPath: "/pl/charts/releases-by-round.png",
    });
    expect(share.iframeCode).toContain(`src="${siteUrl}/pl/embed/releases-by-round"`);
    expect(share.responsiveCode).toContain(`src="${siteUrl}/pl/embed/releases-by-round"`);
    expect(share.citation.permalink).toBe(`${siteUrl}/pl/charts/releases-by-round`);
  });

  it("do the same for a comparison, and leave English where it was", () => {
    const model = buildComparison("2025-12", "2026-03").chart;
    const ru = shareForComparison(model, "2025-12", "2026-03", undefined, "ru");
    expect([ru.pagePath, ru.embedPath, ru.oembedPath, ru.pngPath]).toEqual([
      "/ru/compare/2025-12/2026-03",
      "/ru/embed/compare/2025-12/2026-03",
      "/ru/oembed/compare/2025-12/2026-03.json",
      "/ru/compare/2025-12/2026-03.png",
    ]);
    expect(shareForComparison(model, "2025-12", "2026-03")).toEqual(shareForComparison(model, "2025-12", "2026-03", undefined, "en"));
    expect(shareForComparison(model, "2025-12", "2026-03").embedPath).toBe("/embed/compare/2025-12/2026-03");
  });

  it("give an oEmbed answer whose iframe, thumbnail and provider are the language's", () => {
    const share = shareForChart(buildChartModel("held-over-time"), undefined, "be");
    const json = buildOembed(share, undefined, "be");
    expect(json.html).toContain(`src="${siteUrl}/be/embed/held-over-time"`);
    expect(json.provider_url).toBe(`${siteUrl}/be`);
    expect(buildOembed(shareForChart(buildChartModel("held-over-time"))).provider_url).toBe(`${siteUrl}/`);
  });
});

describe("the files each language's route handlers write", () => {
  it("exist for every prefixed language, with the English params below each", () => {
    const params = inEveryLocale(chartEmbedParams());
    expect(params).toHaveLength(3 * chartEmbedParams().length);
    expect(params).toContainEqual({ locale: "pl", file: "releases-by-round.html" });
    expect(params).toContainEqual({ locale: "be", file: "releases-by-round.html" });
    expect(params).toContainEqual({ locale: "ru", file: "releases-by-round.html" });
    expect(params.some((p) => (p.locale as string) === "en")).toBe(false);
  });

  it("an embed is a document in its language that links back to that language's page and to the neutral data", async () => {
    const pl = await text(chartEmbed("releases-by-round.html", "pl"));
    expect(pl).toMatch(/^<!DOCTYPE html><html lang="pl">/);
    expect(pl).toContain(`href="${siteUrl}/pl/charts/releases-by-round"`);
    expect(pl).toContain(`href="${siteUrl}/data/releases-by-round.csv"`);
    const ru = await text(comparisonEmbed("2025-12", "2026-03.html", "ru"));
    expect(ru).toMatch(/<html lang="ru">/);
    expect(ru).toContain(`href="${siteUrl}/ru/compare/2025-12/2026-03"`);
    expect(ru).toContain(`href="${siteUrl}/data/dataset.csv"`);
    const en = await text(chartEmbed("releases-by-round.html", "en"));
    expect(en).toMatch(/<html lang="en">/);
    expect(en).toContain(`href="${siteUrl}/charts/releases-by-round"`);
  });

  it("oEmbed answers and pictures carry the language's addresses; unknown ids are 404s in every language", async () => {
    const json = (await chartOembed("releases-by-round.json", "ru").json()) as { html: string; thumbnail_url: string };
    expect(json.html).toContain(`${siteUrl}/ru/embed/releases-by-round`);
    expect(json.thumbnail_url).toBe(`${siteUrl}/ru/charts/releases-by-round.png`);
    const compare = (await comparisonOembed("2025-12", "2026-03.json", "pl").json()) as { thumbnail_url: string };
    expect(compare.thumbnail_url).toBe(`${siteUrl}/pl/compare/2025-12/2026-03.png`);
    expect(await text(chartPicture("held-over-time.svg", "be"))).toContain(`${siteUrl}/be/charts/held-over-time`);
    expect(await text(comparisonPicture("2025-12", "2026-03.svg", "be"))).toContain(`${siteUrl}/be/compare/2025-12/2026-03`);
    for (const response of [
      chartEmbed("no-such-chart.html", "pl"),
      comparisonEmbed("2025-12", "1999-01.html", "ru"),
      chartOembed("no-such-chart.json", "be"),
      chartPicture("no-such-chart.png", "pl"),
    ]) {
      expect(response.status).toBe(404);
    }
  });
});

describe("place-pictures: each language's pictures beside its pages", () => {
  it("moves English and localised pictures to /charts and /compare under the same language", () => {
    expect(picturePlace("pictures/releases-by-round.svg")).toBe("charts/releases-by-round.svg");
    expect(picturePlace("pictures/compare/2025-12/2026-03.png")).toBe("compare/2025-12/2026-03.png");
    expect(picturePlace("pl/pictures/releases-by-round.png")).toBe("pl/charts/releases-by-round.png");
    expect(picturePlace("ru/pictures/compare/2025-12/2026-03.svg")).toBe("ru/compare/2025-12/2026-03.svg");
    expect(picturePlace("pl/charts/releases-by-round.html")).toBeUndefined();
    expect(picturePlace("de/pictures/releases-by-round.svg")).toBeUndefined();
  });
});
