import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Dataset } from "@/data/dataset";

interface Rendered {
  dataset: Dataset;
  dashboard: string;
  rounds: string;
  compare: string;
  comparePair: string;
}

/** The pages as the build renders them, with the k× generated fixture dataset in place of the real one. */
async function renderAt(k: number): Promise<Rendered> {
  vi.resetModules();
  vi.doMock("@/data/dataset", async (importOriginal) => {
    const real = await importOriginal<typeof import("@/data/dataset")>();
    const { growDataset } = await import("../../../scripts/grow-dataset.mjs");
    const { makeRawDataset } = await import("../fixtures/raw-dataset");
    const raw = makeRawDataset();
    return { ...real, dataset: real.validateDataset({ ...raw, ...growDataset(raw, k) }) };
  });
  const { dataset } = await import("@/data/dataset");
  const { default: Dashboard } = await import("@/app/(site)/page");
  const { default: Rounds } = await import("@/app/(site)/rounds/page");
  const { default: Compare } = await import("@/app/(site)/compare/page");
  const { ComparePage } = await import("@/components/compare/compare-page");
  const last = dataset.rounds.at(-1)!.id;
  return {
    dataset,
    dashboard: renderToStaticMarkup(<Dashboard />),
    rounds: renderToStaticMarkup(<Rounds />),
    // An English page: no locale in its route params.
    compare: renderToStaticMarkup(await Compare({ params: Promise.resolve({}) })),
    comparePair: renderToStaticMarkup(<ComparePage a={last} b="2025" />),
  };
}

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe("page bytes as the dataset grows", () => {
  let at: Record<number, Rendered>;

  beforeAll(async () => {
    at = { 2: await renderAt(2), 10: await renderAt(10), 100: await renderAt(100) };
  }, 120_000);

  it("the dashboard with 600 rounds is no larger than with 12: it shows the latest 12", () => {
    expect(at[2]!.dataset.rounds).toHaveLength(12);
    expect(at[100]!.dataset.rounds).toHaveLength(600);
    // k = 2's window still holds the fixture's six short labels ("June 2025"); k = 100 shows only synthetic ones
    // ("Synthetic round 594 (Jul 2075)"), so the bound against it is looser than the one against k = 10.
    expect(at[100]!.dashboard.length).toBeLessThan(at[2]!.dashboard.length * 1.08);
    expect(at[100]!.dashboard.length).toBeLessThan(at[10]!.dashboard.length * 1.02);
  });

  it("the dashboard says it shows the latest 12 of 600 rounds and links the full charts and every round", () => {
    const html = at[100]!.dashboard;
    expect(count(html, /Showing the latest 12 of 600 rounds\./g)).toBe(5);
    for (const id of ["releases-by-round", "cumulative-releases", "held-over-time", "released-vs-held"])
      expect(html).toContain(
        `<a href="/charts/${id}" class="text-accent-strong underline underline-offset-2">All 600 rounds on the chart&#x27;s page</a>`,
      );
    expect(html).toContain('data-all-rounds="true">All 600 rounds</a>');
    expect(count(html, /<a href="\/rounds\/[^"]+" class="font-semibold/g)).toBe(12);
    expect(html).not.toContain("Showing the latest 12 of 12");
    expect(at[2]!.dashboard).not.toContain("data-chart-window");
    expect(at[2]!.dashboard).not.toContain("data-round-window");
  });

  it("/rounds lists every round, at the same few hundred bytes a round", () => {
    for (const k of [10, 100]) {
      const { rounds, dataset } = at[k]!;
      expect(count(rounds, /<tr role="row" data-round=/g)).toBe(dataset.rounds.length);
      for (const round of [dataset.rounds[0]!, dataset.rounds.at(-1)!]) expect(rounds).toContain(`href="/rounds/${round.id}"`);
    }
    const perRound = (k: number) => at[k]!.rounds.length / at[k]!.dataset.rounds.length;
    expect(perRound(100)).toBeLessThan(perRound(10) * 1.05);
    // About 660 bytes: each row carries its cells' labels and table roles, so on a phone it reads as a card.
    expect(perRound(100)).toBeLessThan(700);
  });

  it("/compare and a comparison page stay the same size however many rounds there are", () => {
    expect(at[100]!.compare.length).toBeLessThan(at[10]!.compare.length * 1.05);
    expect(at[100]!.comparePair.length).toBeLessThan(at[10]!.comparePair.length * 1.05);
    expect(at[100]!.compare).toContain("With 600 rounds, not every pair has its own page");
  });
});
