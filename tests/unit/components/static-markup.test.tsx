import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChartSvg } from "@/components/charts/chart-svg";
import { renderStaticMarkup } from "@/components/embed/static-markup";
import { buildChartModel } from "@/data/chart-data";
import { chartIds } from "@/data/chart-specs";
import { buildComparison, comparisonPairs, type CompareSideId } from "@/data/compare";

describe("renderStaticMarkup", () => {
  for (const id of chartIds)
    it(`writes the ${id} SVG exactly as React does`, () => {
      const element = <ChartSvg model={buildChartModel(id)} />;
      expect(renderStaticMarkup(element)).toBe(renderToStaticMarkup(element));
    });

  it("writes every comparison's SVG exactly as React does", () => {
    for (const { a, b } of comparisonPairs()) {
      const element = <ChartSvg model={buildComparison(a as CompareSideId, b as CompareSideId).chart} />;
      expect(renderStaticMarkup(element)).toBe(renderToStaticMarkup(element));
    }
  });

  it("escapes text and attributes, and keeps void elements, booleans, numbers and fragments as React does", () => {
    const element = (
      <div className="a" data-x={'"><script>'} aria-hidden hidden style={{ marginTop: 4, opacity: 0.5, flex: "1 1 0%" }}>
        {"<script>alert('x')</script> & more"}
        <>
          <input readOnly value="v" />
          {0}
          {false}
          {null}
        </>
        <svg viewBox="0 0 1 1">
          <line strokeWidth="2" strokeDasharray="3 3" />
        </svg>
      </div>
    );
    const html = renderStaticMarkup(element);
    expect(html).toBe(renderToStaticMarkup(element));
    expect(html).not.toContain("<script>");
  });
});
