// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { chartThumbnailSvg, oembedThumbnail, THUMBNAIL_SIZE } from "@/components/embed/chart-thumbnail";
import { buildChartModel } from "@/data/chart-data";
import { chartIds } from "@/data/chart-specs";
import { shareForChart } from "@/data/chart-share";
import { siteUrl } from "@/data/site";

describe("oEmbed thumbnails", () => {
  it.each(chartIds)("%s is a well-formed SVG picture with the chart's title, marks and sources", (id) => {
    const model = buildChartModel(id);
    const share = shareForChart(model);
    const svg = chartThumbnailSvg(model, share.sourceLine);
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.getAttribute("width")).toBe(String(THUMBNAIL_SIZE.width));
    expect(root.getAttribute("height")).toBe(String(THUMBNAIL_SIZE.height));
    expect(root.querySelector("title")?.textContent).toBe(model.spec.title);
    expect(root.querySelector("foreignObject h1")?.textContent).toBe(model.spec.title);
    expect(root.querySelector("foreignObject [data-source-line], foreignObject p.muted")?.textContent).toBe(`${share.sourceLine}.`);
    expect(root.querySelectorAll("foreignObject svg [data-mark]").length).toBeGreaterThan(0);
  });

  it("names the chart's static PNG picture, with its size, in the oEmbed answer", () => {
    expect(oembedThumbnail(shareForChart(buildChartModel("releases-by-round")))).toEqual({
      url: `${siteUrl}/charts/releases-by-round.png`,
      width: 1920,
      height: 1280,
    });
  });
});
