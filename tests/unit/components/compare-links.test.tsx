import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import * as comparePage from "@/app/(site)/compare/[a]/[b]/page";
import * as compareEmbed from "@/app/embed/compare/[a]/[file]/route";
import * as compareOembed from "@/app/oembed/compare/[a]/[b]/route";
import { ComparePicker } from "@/components/compare/compare-picker";
import { EveryPair } from "@/components/compare/every-pair";
import { SameSideMessage } from "@/components/compare/same-side-message";
import { RoundDetail } from "@/components/round-detail";
import { comparisonPairs, freelyComparedSides } from "@/data/compare";
import { dataset } from "@/data/dataset";

// Every component below reads the dataset module: here it is the 100× generated fixture dataset (600 rounds, pairs capped).
vi.mock("@/data/dataset", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/data/dataset")>();
  const { growDataset } = await import("../../../scripts/grow-dataset.mjs");
  const { makeRawDataset } = await import("../fixtures/raw-dataset");
  const raw = makeRawDataset();
  return { ...real, dataset: real.validateDataset({ ...raw, ...growDataset(raw, 100) }) };
});

const pages = new Set(comparisonPairs(dataset, { sameSide: true }).map(({ a, b }) => `/compare/${a}/${b}`));

/** Every link to a comparison in some markup. */
function compareLinks(html: string): string[] {
  return [...html.matchAll(/href="(\/compare\/[^"]*)"/g)].map((m) => m[1]!);
}

function expectOnlyPages(html: string, where: string) {
  for (const href of compareLinks(html)) expect(pages.has(href), `${where} links ${href}`).toBe(true);
}

describe("links to comparisons with 600 rounds", () => {
  it("the generated dataset is in use", () => {
    expect(dataset.rounds).toHaveLength(600);
  });

  it("every route that enumerates comparisons enumerates comparisonPairs(), a number that grows linearly", () => {
    const pairs = comparisonPairs(dataset).map(({ a, b }) => `${a}/${b}`);
    expect(pairs.length).toBeLessThan(3 * dataset.rounds.length);
    expect(comparePage.generateStaticParams().map(({ a, b }) => `${a}/${b}`)).toEqual([
      ...pairs,
      ...freelyComparedSides().map((id) => `${id}/${id}`),
    ]);
    expect(compareEmbed.generateStaticParams().map(({ a, file }) => `${a}/${file}`)).toEqual(pairs.map((p) => `${p}.html`));
    expect(compareOembed.generateStaticParams().map(({ a, b }) => `${a}/${b}`)).toEqual(pairs.flatMap((p) => [`${p}.json`, `${p}.svg`]));
  });

  it("the picker of every comparison page links only comparisons that have a page", { timeout: 60_000 }, () => {
    const counts: number[] = [];
    for (const { a, b } of comparisonPairs(dataset, { sameSide: true })) {
      const html = renderToStaticMarkup(<ComparePicker a={a} b={b} />);
      expectOnlyPages(html, `the picker on /compare/${a}/${b}`);
      counts.push(compareLinks(html).length);
    }
    expect(counts.reduce((sum, n) => sum + n)).toBeGreaterThan(5_000);
    // A picker offers the sides with a page against the other side: a few dozen at most, however many rounds there are.
    expect(Math.max(...counts)).toBeLessThan(40);
  });

  it("the picker says which comparisons exist and links every round", () => {
    const html = renderToStaticMarkup(<ComparePicker a="2025-12" b="2026-03" />);
    expect(html).toContain("With 600 rounds, not every pair has its own page");
    expect(html).toContain('<a href="/rounds" class="text-accent-strong underline">the list of all 600 rounds</a>');
    expect(compareLinks(html).sort()).toEqual(
      [
        // Left side: what March 2026 has a page with (December 2025 is the current choice), then the right side's.
        "/compare/2025-12/2026-03",
        `/compare/${dataset.rounds[6]!.id}/2026-03`,
        "/compare/2025-12/2025-09",
        "/compare/2025-12/2026-03",
        "/compare/2025-12/2025",
        "/compare/2026-03/2025-12",
      ].sort(),
    );
  });

  it("every pair on /compare and every same-side message has a page", () => {
    const html = renderToStaticMarkup(<EveryPair />);
    expectOnlyPages(html, "/compare");
    expect(html).toContain("Every pair of the latest rounds");
    expect(html.match(/data-pair-row=/g)).toHaveLength(12);
    for (const side of freelyComparedSides())
      expectOnlyPages(renderToStaticMarkup(<SameSideMessage side={side} />), `/compare/${side}/${side}`);
  });

  it("every round page links its neighbours' comparisons, which have pages", { timeout: 60_000 }, () => {
    for (const round of dataset.rounds) {
      const links = compareLinks(renderToStaticMarkup(<RoundDetail round={round} />));
      expect(links.length, round.id).toBeGreaterThan(0);
      for (const href of links) expect(pages.has(href), `/rounds/${round.id} links ${href}`).toBe(true);
    }
  });
});
