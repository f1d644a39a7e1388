// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DataTable } from "@/components/data-table";
import { HeadlineCard } from "@/components/headline-card";
import { buildChartModel } from "@/data/chart-data";
import { headlines } from "@/data/headlines";

describe("HeadlineCard", () => {
  it("shows a lower bound with its words, its context and a citation link to the source entry", () => {
    const held = headlines().find((h) => h.id === "still-held")!;
    render(<HeadlineCard headline={held} />);
    const card = screen.getByRole("article", { name: "Still held" });
    expect(within(card).getByText("more than 1,000")).toBeTruthy();
    expect(within(card).queryByText("1,000")).toBeNull();
    expect(within(card).getByText(/a lower bound: the true number is higher/)).toBeTruthy();
    const link = within(card).getByRole("link", { name: "PISM, 15 Dec 2025" });
    expect(link.getAttribute("href")).toBe("/sources#pism-spotlight-85-2025");
    expect(within(card).getByText(/more than 1,000 people considered prisoners of conscience/)).toBeTruthy();
  });

  it("links a round's card to its round page by name", () => {
    render(<HeadlineCard headline={headlines().find((h) => h.id === "fifth-round")!} />);
    expect(screen.getByRole("link", { name: "December 2025 (PISM's fifth round) in full" }).getAttribute("href")).toBe("/rounds/2025-12");
  });

  it("links a figure that sources dispute to the disagreement, saying which numbers", () => {
    const year = headlines().find((h) => h.id === "year-2025")!;
    render(<HeadlineCard headline={year} />);
    const link = screen.getByRole("link", { name: /^194 or 193\?\s?Where sources disagree: 2025 total/ });
    expect(link.getAttribute("href")).toBe("/sources#discrepancy-total-2025");
  });
});

describe("DataTable", () => {
  it("renders column headers and one row header per round", () => {
    const model = buildChartModel("releases-by-round");
    render(<DataTable table={model.table} caption="Releases" />);
    const table = screen.getByRole("table", { name: "Releases" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(model.table.columns);
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((th) => th.textContent),
    ).toEqual(model.categories);
  });
});
