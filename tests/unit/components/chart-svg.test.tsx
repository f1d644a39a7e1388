// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ChartSvg } from "@/components/charts/chart-svg";
import { buildChartModel } from "@/data/chart-data";
import { releasedVsHeldWithBound } from "./lower-bound-models";
import { BOUND_ONLY_NEAR_DECEMBER, makeDataset } from "../fixtures/dataset-factory";

describe("ChartSvg", () => {
  it("is an image named by the model's text alternative", () => {
    const model = buildChartModel("releases-by-round");
    render(<ChartSvg model={model} />);
    expect(screen.getByRole("img", { name: model.textAlternative })).toBeInstanceOf(SVGSVGElement);
  });

  it("gives every bar a native tooltip with the figure, its qualifier and its source", () => {
    const fixture = makeDataset();
    const { container } = render(<ChartSvg model={buildChartModel("releases-by-round", fixture)} />);
    const titles = [...container.querySelectorAll("g > title")].map((t) => t.textContent);
    expect(titles).toHaveLength(fixture.rounds.length);
    expect(titles[4]).toBe("Released: 123\nDecember 2025 — an exact count as stated\nSource: Fixture News, 1 Jan 2025");
  });

  it("writes a lower bound as a lower bound, never as a plain number", () => {
    const { container } = render(<ChartSvg model={releasedVsHeldWithBound()} />);
    const bound = container.querySelector('[data-mark="lower-bound"]')!;
    expect(bound.querySelector("title")!.textContent).toContain("more than 1,000");
    expect(bound.querySelector("title")!.textContent).toContain("a lower bound");
    // No definite top: the bar fades out upwards and is hatched; an arrow rises from the stated value.
    expect([...bound.querySelectorAll("rect")].map((r) => r.getAttribute("fill"))).toEqual([
      "url(#svg-released-vs-held-fade)",
      "url(#svg-released-vs-held-hatch)",
    ]);
    expect(bound.querySelector("path")!.getAttribute("d")).toBe("M0,0V-14M-4,-9L0,-14L4,-9");
    const boundLabel = container.querySelector('[data-label="bound"]')!;
    expect([...boundLabel.querySelectorAll("tspan")].map((t) => t.textContent)).toEqual(["more than", "1,000"]);
  });

  it("draws a legend only for several bar series; lines are labelled directly", () => {
    const bounded = makeDataset({ held: BOUND_ONLY_NEAR_DECEMBER });
    const legend = (id: Parameters<typeof buildChartModel>[0]) => {
      const { container, unmount } = render(<ChartSvg model={buildChartModel(id, bounded)} />);
      const entries = [...container.querySelectorAll("[data-legend] text")].map((t) => t.textContent);
      unmount();
      return entries;
    };
    expect(legend("releases-by-round")).toEqual([]);
    expect(legend("cumulative-releases")).toEqual([]);
    expect(legend("released-vs-held")).toEqual(["Released in the round", "Still held (nearest dated count)", "lower bound (more than)"]);
  });
});
