// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ChartSvg } from "@/components/charts/chart-svg";
import { buildChartModel } from "@/data/chart-data";
import { makeDataset } from "../fixtures/dataset-factory";

/** Six rounds shaped like the real ones, with the fixture's own numbers (tests/unit/fixtures). */
const fixture = makeDataset();

describe("ChartSvg", () => {
  it("is an image named by the model's text alternative", () => {
    const model = buildChartModel("releases-by-round", fixture);
    render(<ChartSvg model={model} />);
    expect(screen.getByRole("img", { name: model.textAlternative })).toBeInstanceOf(SVGSVGElement);
  });

  it("gives every bar a native tooltip with the figure, its qualifier and its source", () => {
    const { container } = render(<ChartSvg model={buildChartModel("releases-by-round", fixture)} />);
    const titles = [...container.querySelectorAll("g > title")].map((t) => t.textContent);
    expect(titles).toHaveLength(6);
    expect(titles[4]).toBe("Released: 123\nDecember 2025 — an exact count as stated\nSource: Fixture News, 1 Jan 2025");
  });

  it("writes a lower bound as a lower bound, never as a plain number", () => {
    const { container } = render(<ChartSvg model={buildChartModel("released-vs-held", fixture)} />);
    const bound = container.querySelector('[data-mark="lower-bound"]')!;
    expect(bound.querySelector("title")!.textContent).toContain("more than 1,000");
    expect(bound.querySelector("title")!.textContent).toContain("a lower bound");
    expect(bound.querySelector("rect")!.getAttribute("style")).toContain("var(--c-lower-bound)");
    expect([...container.querySelectorAll("text")].map((t) => t.textContent)).toContain("▲ more than 1,000");
  });

  it("shows a legend only when there is more than one series", () => {
    const single = render(<ChartSvg model={buildChartModel("releases-by-round", fixture)} />);
    expect(single.container.querySelector("ul")).toBeNull();
    single.unmount();
    const { container } = render(<ChartSvg model={buildChartModel("cumulative-releases", fixture)} />);
    expect([...container.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "Running total of the rounds",
      "PISM's stated total for 2025",
    ]);
  });
});
