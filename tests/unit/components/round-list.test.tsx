// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RoundIndex } from "@/components/round-index";
import { RoundList } from "@/components/round-list";
import { dataset } from "@/data/dataset";

const REAL = [
  ["February 2025", "3"],
  ["April 2025", "1"],
  ["June 2025", "14"],
  ["September 2025", "52"],
  ["December 2025 (PISM's fifth round)", "123"],
  ["March 2026 (PISM's sixth round)", "250"],
] as const;

describe("RoundList (the dashboard's rounds)", () => {
  it("shows all 6 real rounds with their figures, no window note, and links the index of all rounds", () => {
    render(<RoundList rounds={dataset.rounds} latest={12} />);
    const items = screen.getAllByRole("listitem");
    expect(items.map((li) => within(li).getAllByRole("link")[0]!.textContent)).toEqual(REAL.map(([label]) => label));
    expect(items.map((li) => li.querySelector(".tabular-nums")!.textContent)).toEqual(REAL.map(([, figure]) => figure));
    expect(screen.queryByText(/Showing the latest/)).toBeNull();
    expect(screen.getByRole("link", { name: "All 6 rounds" }).getAttribute("href")).toBe("/rounds");
  });

  it("shows only the latest rounds when there are more, and says how many there are", () => {
    render(<RoundList rounds={dataset.rounds} latest={2} />);
    expect(screen.getAllByRole("listitem").map((li) => within(li).getAllByRole("link")[0]!.getAttribute("href"))).toEqual([
      "/rounds/2025-12",
      "/rounds/2026-03",
    ]);
    expect(screen.getByText("Showing the latest 2 of 6 rounds.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "All 6 rounds" }).getAttribute("href")).toBe("/rounds");
  });
});

describe("RoundIndex (/rounds)", () => {
  it("lists every round on one row: its page, release date, figure and source", () => {
    render(<RoundIndex rounds={dataset.rounds} />);
    const table = screen.getByRole("table", { name: "Every round of releases, in date order" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual(REAL.map(([label]) => label));
    expect(rows.map((r) => within(r).getAllByRole("cell")[1]!.textContent)).toEqual(REAL.map(([, figure]) => figure));
    const december = rows[4]!;
    expect(within(december).getByRole("link", { name: "December 2025 (PISM's fifth round)" }).getAttribute("href")).toBe("/rounds/2025-12");
    expect(within(december).getAllByRole("cell")[0]!.textContent).toBe("13 December 2025");
    expect(within(december).getByRole("link", { name: "PISM, 15 Dec 2025" }).getAttribute("href")).toBe("/sources#pism-spotlight-85-2025");
  });
});
