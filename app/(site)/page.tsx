import type { Metadata } from "next";
import { ChartFigure } from "@/components/chart-figure";
import { DiscrepancyIndex } from "@/components/discrepancy-index";
import { HeadlineCard } from "@/components/headline-card";
import { OutsideRounds } from "@/components/outside-rounds";
import { RoundList } from "@/components/round-list";
import { buildChartModel } from "@/data/chart-data";
import { chartIds } from "@/data/chart-specs";
import { chartPath } from "@/data/embed-code";
import { headlines } from "@/data/headlines";
import { datasetFor } from "@/data/localized";
import { DASHBOARD_LATEST_ROUNDS } from "@/data/page-limits";
import { roundYears } from "@/data/queries";

import { siteMetadata } from "@/data/site-metadata";
import { localePath, pageAlternates } from "@/data/text/locale-path";
import { pageLocale, type LocaleParams } from "@/data/text/page-locale";
import { t } from "@/data/text/translate";

/** The dashboard's title and description in the locale: in English, the root layout's own. */
export async function generateMetadata({ params }: { params?: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { title, description } = siteMetadata(locale);
  return { title: { absolute: title.default }, description, alternates: pageAlternates(locale, "/") };
}

export default async function DashboardPage({ params }: { params?: LocaleParams }) {
  const locale = await pageLocale(params);
  const data = datasetFor(locale);
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="intro-title">
        <h1 id="intro-title" className="text-2xl font-bold text-ink sm:text-3xl">
          {t(locale, "dashboard.title")}
        </h1>
        <p className="mt-2 max-w-3xl text-ink">{t(locale, "dashboard.intro", { years: roundYears(data) })}</p>
      </section>
      <section aria-labelledby="headlines-title">
        <h2 id="headlines-title" className="sr-only">
          {t(locale, "dashboard.headlinesTitle")}
        </h2>
        <div className="grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {headlines(data, locale).map((h) => (
            <HeadlineCard key={h.id} headline={h} locale={locale} />
          ))}
        </div>
      </section>
      <section aria-labelledby="charts-title" className="flex flex-col gap-6">
        <h2 id="charts-title" className="text-xl font-semibold text-ink">
          {t(locale, "dashboard.chartsTitle")}
        </h2>
        <div className="grid gap-6 lg:grid-cols-2">
          {chartIds.map((id) => (
            <ChartFigure
              key={id}
              model={buildChartModel(id, data, { latestRounds: DASHBOARD_LATEST_ROUNDS }, locale)}
              shareHref={localePath(locale, chartPath(id))}
              table="closed"
              locale={locale}
            />
          ))}
        </div>
      </section>
      <section aria-labelledby="rounds-title">
        <h2 id="rounds-title" className="text-xl font-semibold text-ink">
          {t(locale, "dashboard.roundsTitle")}
        </h2>
        <p className="mt-1 text-ink">
          <a href={localePath(locale, "/compare")} className="text-accent-strong underline">
            {t(locale, "dashboard.compareLink")}
          </a>
        </p>
        <RoundList rounds={data.rounds} latest={DASHBOARD_LATEST_ROUNDS} locale={locale} />
      </section>
      <OutsideRounds compact locale={locale} />
      <section aria-labelledby="discrepancies-title">
        <h2 id="discrepancies-title" className="text-xl font-semibold text-ink">
          {t(locale, "disagreement.title")}
        </h2>
        <p className="mt-1 mb-3 text-sm text-ink">{t(locale, "dashboard.disagreementsIntro")}</p>
        <DiscrepancyIndex discrepancies={data.discrepancies} locale={locale} />
      </section>
    </div>
  );
}
