import type { Metadata } from "next";
import { ChartFigure } from "@/components/chart-figure";
import { DiscrepancyIndex } from "@/components/discrepancy-index";
import { HeadlineCard } from "@/components/headline-card";
import { OutsideRounds } from "@/components/outside-rounds";
import { RoundList } from "@/components/round-list";
import { buildChartModel } from "@/data/chart-data";
import { chartIds } from "@/data/chart-specs";
import { dataset } from "@/data/dataset";
import { chartPath } from "@/data/embed-code";
import { headlines } from "@/data/headlines";
import { DASHBOARD_LATEST_ROUNDS } from "@/data/page-limits";
import { roundYears } from "@/data/queries";
import { pageAlternates } from "@/data/text/locale-path";
import { pageLocale, type LocaleParams } from "@/data/text/page-locale";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return { alternates: pageAlternates(await pageLocale(params), "/") };
}

export default function DashboardPage() {
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="intro-title">
        <h1 id="intro-title" className="text-2xl font-bold text-ink sm:text-3xl">
          Political prisoners released by Belarus after talks with the United States
        </h1>
        <p className="mt-2 max-w-3xl text-ink">
          How many were released in each round of US–Belarus talks in {roundYears()}, on whose word, and how many are still held. Every
          number below carries its source and the source&apos;s exact words.
        </p>
      </section>
      <section aria-labelledby="headlines-title">
        <h2 id="headlines-title" className="sr-only">
          Headline figures
        </h2>
        <div className="grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {headlines().map((h) => (
            <HeadlineCard key={h.id} headline={h} />
          ))}
        </div>
      </section>
      <section aria-labelledby="charts-title" className="flex flex-col gap-6">
        <h2 id="charts-title" className="text-xl font-semibold text-ink">
          Charts
        </h2>
        <div className="grid gap-6 lg:grid-cols-2">
          {chartIds.map((id) => (
            <ChartFigure
              key={id}
              model={buildChartModel(id, dataset, { latestRounds: DASHBOARD_LATEST_ROUNDS })}
              shareHref={chartPath(id)}
              table="closed"
            />
          ))}
        </div>
      </section>
      <section aria-labelledby="rounds-title">
        <h2 id="rounds-title" className="text-xl font-semibold text-ink">
          The rounds
        </h2>
        <p className="mt-1 text-ink">
          <a href="/compare" className="text-accent-strong underline">
            Compare any two rounds side by side
          </a>
        </p>
        <RoundList rounds={dataset.rounds} latest={DASHBOARD_LATEST_ROUNDS} />
      </section>
      <OutsideRounds compact />
      <section aria-labelledby="discrepancies-title">
        <h2 id="discrepancies-title" className="text-xl font-semibold text-ink">
          Where sources disagree
        </h2>
        <p className="mt-1 mb-3 text-sm text-ink">
          Each disagreement, with every side&apos;s figure, quote and source, on the sources page.
        </p>
        <DiscrepancyIndex discrepancies={dataset.discrepancies} />
      </section>
    </div>
  );
}
