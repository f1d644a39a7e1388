// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CompareQuery } from "@/components/compare/compare-query";
import { comparableForQuery, compareQueryTexts, compareSideIds, defaultComparison } from "@/data/compare";
import { grownDataset } from "../data/grown-dataset";

const big = grownDataset(100);
const props = {
  sideIds: compareSideIds(big),
  defaults: defaultComparison(big),
  comparable: comparableForQuery(big),
  texts: compareQueryTexts(),
  locale: "en" as const,
};

afterEach(() => window.history.replaceState(null, "", "/"));

describe("CompareQuery with 600 rounds", () => {
  it("keeps the default comparison for a pair without a page, and says why", () => {
    const latest = big.rounds.at(-1)!.id;
    window.history.replaceState(null, "", `/compare?a=2025-02&b=${latest}`);
    render(<CompareQuery {...props} />);
    const status = screen.getByRole("status");
    expect(status.textContent).toContain(`No page compares “2025-02” with “${latest}”. With 600 rounds, not every pair has its own page`);
    expect(status.textContent).toContain("Showing the default comparison instead.");
  });

  it("speaks the page's language with the words the server passed it", () => {
    const latest = big.rounds.at(-1)!.id;
    window.history.replaceState(null, "", `/compare?a=2025-02&b=${latest}`);
    render(<CompareQuery {...props} comparable={comparableForQuery(big, "pl")} texts={compareQueryTexts("pl")} locale="pl" />);
    const status = screen.getByRole("status");
    expect(status.textContent).toContain(
      `Żadna strona nie porównuje „2025-02” z „${latest}”. Przy 600 rundach nie każda para ma własną stronę`,
    );
    expect(status.textContent).toContain("Zamiast tego pokazujemy porównanie domyślne.");
  });

  it("says nothing without a query", () => {
    window.history.replaceState(null, "", "/compare");
    const { container } = render(<CompareQuery {...props} />);
    expect(container.innerHTML).toBe("");
  });
});
