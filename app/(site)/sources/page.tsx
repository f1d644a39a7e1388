import type { Metadata } from "next";
import { DiscrepancyList } from "@/components/discrepancy-list";
import { richMessage } from "@/components/rich-message";
import { SourceEntry } from "@/components/source-entry";
import { datasetFor } from "@/data/localized";
import { pageAlternates } from "@/data/text/locale-path";
import { pageLocale, type LocaleParams } from "@/data/text/page-locale";
import { t } from "@/data/text/translate";

export async function generateMetadata({ params }: { params?: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  return {
    title: t(locale, "sources.title"),
    description: t(locale, "sources.description"),
    alternates: pageAlternates(locale, "/sources"),
  };
}

export default async function SourcesPage({ params }: { params?: LocaleParams }) {
  const locale = await pageLocale(params);
  const data = datasetFor(locale);
  const primary = data.sources.filter((s) => s.kind === "primary");
  const secondary = data.sources.filter((s) => s.kind === "secondary");
  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="text-2xl font-bold text-ink sm:text-3xl">{t(locale, "sources.title")}</h1>
        <p className="mt-2 max-w-3xl text-ink">
          {richMessage(
            locale,
            "sources.intro",
            { count: data.sources.length },
            {
              link: (chunks) => (
                <a href="#discrepancies-title" className="text-accent-strong underline">
                  {chunks}
                </a>
              ),
            },
          )}
        </p>
      </header>
      <section aria-labelledby="primary-title" className="flex flex-col gap-4">
        <h2 id="primary-title" className="text-xl font-semibold text-ink">
          {t(locale, "sources.primaryTitle")}
        </h2>
        {primary.map((s) => (
          <SourceEntry key={s.id} source={s} locale={locale} />
        ))}
      </section>
      <section aria-labelledby="secondary-title" className="flex flex-col gap-4">
        <h2 id="secondary-title" className="text-xl font-semibold text-ink">
          {t(locale, "sources.secondaryTitle")}
        </h2>
        {secondary.map((s) => (
          <SourceEntry key={s.id} source={s} locale={locale} />
        ))}
      </section>
      <section aria-labelledby="discrepancies-title" className="flex flex-col gap-4">
        <h2 id="discrepancies-title" className="text-xl font-semibold text-ink">
          {t(locale, "disagreement.title")}
        </h2>
        <DiscrepancyList discrepancies={data.discrepancies} locale={locale} />
      </section>
    </div>
  );
}
