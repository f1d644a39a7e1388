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

  it("is named in the oEmbed answer with its size", () => {
    expect(oembedThumbnail("/oembed/releases-by-round.json")).toEqual({
      url: `${siteUrl}/oembed/releases-by-round.svg`,
      width: 640,
      height: 440,
    });
  });
});
