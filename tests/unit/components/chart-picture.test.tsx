// @vitest-environment jsdom
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { chartPictureSvg, PICTURE_SIZE, pictureNotes } from "@/components/charts/chart-picture";
import { chartPng } from "@/components/charts/chart-png";
import { buildChartModel } from "@/data/chart-data";
import { shareForChart } from "@/data/chart-share";
import { BOUND_ONLY_NEAR_DECEMBER, makeDataset } from "../fixtures/dataset-factory";

const model = buildChartModel("released-vs-held");
const share = shareForChart(model);
const svg = chartPictureSvg(model, { credit: share.sourceLine, permalink: share.permalink, dataAsOf: share.dataAsOf });

describe("the static chart picture", () => {
  it("is one well-formed SVG with the title, takeaway, lower-bound note, credit, permalink and data date baked in", () => {
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    const root = doc.documentElement;
    expect([root.getAttribute("width"), root.getAttribute("height")]).toEqual([String(PICTURE_SIZE.width), String(PICTURE_SIZE.height)]);
    const text = root.textContent!;
    expect(text).toContain(model.spec.title);
    expect(text).toContain(share.permalink);
    expect(text).toContain(share.dataAsOf);
    expect(text).toContain("Sources: Babel");
    expect(svg).not.toContain("var(--");
    expect(svg).not.toContain("foreignObject");
  });

  it("names a lower bound in its notes only when the chart has one", () => {
    const bounded = buildChartModel("released-vs-held", makeDataset({ held: BOUND_ONLY_NEAR_DECEMBER }));
    expect(pictureNotes(bounded)[0]).toMatch(/^Arrow up, faded or hatched: a lower bound/);
    expect(chartPictureSvg(bounded, { credit: "Fixture", permalink: share.permalink, dataAsOf: share.dataAsOf })).toContain(
      "a lower bound (“more than 1,000”)",
    );
    expect(pictureNotes(buildChartModel("releases-by-round"))).toEqual([]);
  });

  it("rasterises to a PNG of twice its size with the bundled font, not blank", () => {
    const png = PNG.sync.read(Buffer.from(chartPng(svg)));
    expect([png.width, png.height]).toEqual([PICTURE_SIZE.width * 2, PICTURE_SIZE.height * 2]);
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(20);
  });

  it("draws the same PNG every time", () => {
    expect(Buffer.from(chartPng(svg)).equals(Buffer.from(chartPng(svg)))).toBe(true);
  });
});
