import type { Metadata } from "next";
import { ContextFigures } from "@/components/context-figures";
import { OutsideRounds } from "@/components/outside-rounds";
import { PageHeader } from "@/components/page-header";
import { RoundIndex } from "@/components/round-index";
import { datasetFor } from "@/data/localized";
import { pageAlternates } from "@/data/text/locale-path";
import { pageLocale, type LocaleParams } from "@/data/text/page-locale";
import { t } from "@/data/text/translate";

export async function generateMetadata({ params }: { params?: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  return {
    title: t(locale, "round.indexTitle"),
    description: t(locale, "round.indexDescription"),
    alternates: pageAlternates(locale, "/rounds"),
  };
}

export default async function RoundsPage({ params }: { params?: LocaleParams }) {
  const locale = await pageLocale(params);
  const data = datasetFor(locale);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader section={t(locale, "site.navRounds")} title={t(locale, "round.indexTitle")} locale={locale}>
        <p className="mt-2 max-w-3xl text-ink">{t(locale, "round.indexIntro", { count: data.rounds.length })}</p>
      </PageHeader>
      <RoundIndex rounds={data.rounds} locale={locale} />
      <OutsideRounds locale={locale} />
      <ContextFigures locale={locale} />
    </div>
  );
}
