// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { DataTable } from "@/components/data-table";
import { HeadlineCard } from "@/components/headline-card";
import { buildChartModel } from "@/data/chart-data";
import { formatShortCitation } from "@/data/citation";
import { dataset as fixture } from "@/data/dataset";
import { headlines } from "@/data/headlines";

// The card's links read the dataset module: here the fixture, with a disagreement on its 2025 total.
vi.mock("@/data/dataset", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/data/dataset")>();
  const { makeRawDataset, YEAR_TOTAL_ID } = await import("../fixtures/raw-dataset");
  const discrepancy = {
    id: "total-2025",
    title: "2025 total",
    summary: "Sources disagree.",
    rounds: [],
    figures: [YEAR_TOTAL_ID],
    derived: ["sum-2025-rounds" as const],
    evidence: [],
  };
  return { ...real, dataset: real.validateDataset(makeRawDataset({ discrepancies: [discrepancy] })) };
});

// The fixture dataset brings its own translations (the real ones name the real entries).
vi.mock("@/data/localized", async () => (await import("../fixtures/localized-fixture")).fixtureLocalized());

describe("HeadlineCard", () => {
  it("shows a lower bound with its words, its context and a citation link to the source entry", () => {
    const held = headlines().find((h) => h.id === "still-held")!;
    render(<HeadlineCard headline={held} />);
    const card = screen.getByRole("article", { name: "Still held" });
    expect(within(card).getByText("more than 1,000")).toBeTruthy();
    expect(within(card).queryByText("1,000")).toBeNull();
    expect(within(card).getByText(/a lower bound: the true number is higher/)).toBeTruthy();
    const source = fixture.sources[0]!;
    const [link] = within(card).getAllByRole("link", { name: formatShortCitation(source) });
    expect(link!.getAttribute("href")).toBe(`/sources#${source.id}`);
    expect(within(card).getByText("Political prisoners still held, 15 December 2025.")).toBeTruthy();
    expect(within(card).getByText(/More than 1,000 political prisoners are held/)).toBeTruthy();
  });

  it("links a round's card to its round page by name", () => {
    render(<HeadlineCard headline={headlines().find((h) => h.id === "latest-round")!} />);
    expect(screen.getByRole("link", { name: "March 2026 (PISM's sixth round) in full" }).getAttribute("href")).toBe("/rounds/2026-03");
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

describe("HeadlineCard in Russian", () => {
  const cards = () => headlines(fixture, "ru");

  it("writes the lower bound, its meaning and the links in Russian, and keeps the quote in its language", () => {
    render(<HeadlineCard headline={cards().find((h) => h.id === "still-held")!} locale="ru" />);
    const card = screen.getByRole("article", { name: "Still held" });
    expect(card.querySelector("[data-figure]")!.textContent).toBe("более 1\u00a0000");
    expect(within(card).getByText("Это нижняя граница: настоящее число больше.")).toBeTruthy();
    const quote = card.querySelector("blockquote")!;
    expect(quote.getAttribute("lang")).toBe("en");
    expect(quote.textContent).toMatch(/^«More than 1,000 political prisoners are held\.»$/);
    const [citation] = within(card).getAllByRole("link", { name: "Fixture News, 1 янв. 2025 г." });
    expect(citation!.getAttribute("href")).toBe("/ru/sources#fixture-source");
  });

  it("asks which number with the Russian “or”, and links the round page of the Russian edition", () => {
    render(<HeadlineCard headline={cards().find((h) => h.id === "year-2025")!} locale="ru" />);
    const link = screen.getByRole("link", { name: /^194 или 193\?\s?Источники расходятся: 2025 total/ });
    expect(link.getAttribute("href")).toBe("/ru/sources#discrepancy-total-2025");
    render(<HeadlineCard headline={cards().find((h) => h.id === "latest-round")!} locale="ru" />);
    expect(screen.getByRole("link", { name: "March 2026 (6-й раунд по счёту PISM): подробно" }).getAttribute("href")).toBe(
      "/ru/rounds/2026-03",
    );
  });
});
