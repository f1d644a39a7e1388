import { describe, expect, it } from "vitest";
import { buildChartModel } from "@/data/chart-data";
import { shareForChart, shareForComparison } from "@/data/chart-share";
import { chartIds } from "@/data/chart-specs";
import { buildComparison } from "@/data/compare";
import { EMBED_HEIGHT, EMBED_WIDTH } from "@/data/embed-code";
import { buildOembed } from "@/data/oembed";
import { siteUrl } from "@/data/site";

describe("oEmbed", () => {
  it.each(chartIds)("%s is a rich 1.0 response whose html is the chart's iframe", (id) => {
    const model = buildChartModel(id);
    const json = buildOembed(shareForChart(model));
    expect(json).toEqual({
      type: "rich",
      version: "1.0",
      title: model.spec.title,
      provider_name: "Belarus political-prisoner releases",
      provider_url: `${siteUrl}/`,
      html: expect.stringContaining(`<iframe src="${siteUrl}/embed/${id}" title="${model.spec.title}"`),
      width: EMBED_WIDTH,
      height: EMBED_HEIGHT,
      cache_age: 86400,
    });
    expect(json.html).toContain(`height="${EMBED_HEIGHT}"`);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("names the provider as the language's dashboard, at its address", () => {
    const json = buildOembed(shareForChart(buildChartModel("releases-by-round")), undefined, "pl");
    expect(json.provider_name).toBe("Uwolnienia więźniów politycznych na Białorusi");
    expect(json.provider_url).toBe(`${siteUrl}/pl`);
  });

  it("gives all three thumbnail fields or none", () => {
    const share = shareForChart(buildChartModel("releases-by-round"));
    const json = buildOembed(share, { url: `${siteUrl}/t.png`, width: 640, height: 400 });
    expect(json).toMatchObject({ thumbnail_url: `${siteUrl}/t.png`, thumbnail_width: 640, thumbnail_height: 400 });
    expect(Object.keys(buildOembed(share)).filter((k) => k.startsWith("thumbnail"))).toEqual([]);
  });

  it("points a comparison at its own embed", () => {
    const json = buildOembed(shareForComparison(buildComparison("2025-09", "2025-12").chart, "2025-09", "2025-12"));
    expect(json.html).toContain(`src="${siteUrl}/embed/compare/2025-09/2025-12"`);
    expect(json.title).toBe("Released: September 2025 and December 2025");
  });
});
