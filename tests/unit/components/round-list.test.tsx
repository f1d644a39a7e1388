// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { RoundIndex } from "@/components/round-index";
import { RoundList } from "@/components/round-list";
import { formatShortCitation } from "@/data/citation";
import { dataset as fixture } from "@/data/dataset";

// The components read the dataset module: here it is the fixture (six rounds shaped like the real ones, own numbers).
vi.mock("@/data/dataset", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/data/dataset")>();
  const { makeRawDataset } = await import("../fixtures/raw-dataset");
  return { ...real, dataset: real.validateDataset(makeRawDataset()) };
});

// The fixture dataset brings its own translations (the real ones name the real entries).
vi.mock("@/data/localized", async () => (await import("../fixtures/localized-fixture")).fixtureLocalized());

const ROUNDS = [
  ["February 2025", "3"],
  ["April 2025", "1"],
  ["June 2025", "14"],
  ["September 2025", "52"],
  ["December 2025 (PISM's fifth round)", "123"],
  ["March 2026 (PISM's sixth round)", "250"],
] as const;

describe("RoundList (the dashboard's rounds)", () => {
  it("shows all 6 rounds with their figures, no window note, and links the index of all rounds", () => {
    render(<RoundList rounds={fixture.rounds} latest={12} />);
    const items = screen.getAllByRole("listitem");
    expect(items.map((li) => within(li).getAllByRole("link")[0]!.textContent)).toEqual(ROUNDS.map(([label]) => label));
    expect(items.map((li) => li.querySelector(".tabular-nums")!.textContent)).toEqual(ROUNDS.map(([, figure]) => figure));
    expect(screen.queryByText(/Showing the latest/)).toBeNull();
    expect(screen.getByRole("link", { name: "All 6 rounds" }).getAttribute("href")).toBe("/rounds");
  });

  it("shows only the latest rounds when there are more, and says how many there are", () => {
    render(<RoundList rounds={fixture.rounds} latest={2} />);
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
    render(<RoundIndex rounds={fixture.rounds} />);
    const table = screen.getByRole("table", { name: "Every round of releases, in date order" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual(ROUNDS.map(([label]) => label));
    expect(rows.map((r) => within(r).getAllByRole("cell")[1]!.textContent)).toEqual(ROUNDS.map(([, figure]) => figure));
    const december = rows[4]!;
    expect(within(december).getByRole("link", { name: "December 2025 (PISM's fifth round)" }).getAttribute("href")).toBe("/rounds/2025-12");
    expect(within(december).getAllByRole("cell")[0]!.textContent).toBe("10 December 2025");
    const source = fixture.sources[0]!;
    expect(
      within(december)
        .getByRole("link", { name: formatShortCitation(source) })
        .getAttribute("href"),
    ).toBe(`/sources#${source.id}`);
  });
});

describe("the round lists in other languages", () => {
  it("Polish: the window note and the link to all rounds in their plural, dates and links of the Polish edition", () => {
    render(<RoundList rounds={fixture.rounds} latest={2} locale="pl" />);
    expect(screen.getByText("Pokazano 2 najnowsze rundy z 6.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Wszystkie rundy (6)" }).getAttribute("href")).toBe("/pl/rounds");
    const [december] = screen.getAllByRole("listitem");
    const round = within(december!).getByRole("link", { name: "December 2025 (5. runda według PISM)" });
    expect(round.getAttribute("href")).toBe("/pl/rounds/2025-12");
    expect(december!.textContent).toContain("Uwolnieni: 123, 10 grudnia 2025");
    expect(december!.querySelector(".tabular-nums")!.textContent).toBe("123");
  });

  it("Russian: the index table's caption, headers, phone labels, dates and source links", () => {
    render(<RoundIndex rounds={fixture.rounds} locale="ru" />);
    const table = screen.getByRole("table", { name: "Все раунды освобождений по датам" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Раунд", "Дата освобождения", "Освобождены", "Источник"]);
    const december = within(table).getAllByRole("row")[5]!;
    const [date] = within(december).getAllByRole("cell");
    expect(date!.textContent).toBe("10 декабря 2025 г.");
    expect(date!.getAttribute("data-label")).toBe("Дата освобождения");
    expect(within(december).getByRole("link", { name: "Fixture News, 1 янв. 2025 г." }).getAttribute("href")).toBe(
      "/ru/sources#fixture-source",
    );
  });
});
