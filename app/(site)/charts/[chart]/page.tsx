import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/chart-figure";
import { chartInLocale } from "@/components/published-files";
import { SharePanel } from "@/components/share/share-panel";
import { chartIds, isChartId } from "@/data/chart-specs";
import { chartPath } from "@/data/embed-code";
import { localePath, pageAlternates } from "@/data/text/locale-path";
import { pageLocale } from "@/data/text/page-locale";
import { t } from "@/data/text/translate";

export const dynamicParams = false;

export function generateStaticParams() {
  return chartIds.map((chart) => ({ chart }));
}

type Props = { params: Promise<{ chart: string; locale?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { chart } = await params;
  if (!isChartId(chart)) return {};
  const locale = await pageLocale(params);
  const { model, share } = chartInLocale(chart, locale);
  return {
    title: model.spec.title,
    description: model.takeaway,
    alternates: {
      ...pageAlternates(locale, chartPath(chart)),
      types: { "application/json+oembed": [{ url: share.oembedPath, title: model.spec.title }] },
    },
  };
}

export default async function ChartPage({ params }: Props) {
  const { chart } = await params;
  if (!isChartId(chart)) notFound();
  const locale = await pageLocale(params);
  const { model, share } = chartInLocale(chart, locale);
  return (
    <div className="flex flex-col gap-8">
      <nav aria-label={t(locale, "share.breadcrumb")} className="text-sm" data-print="hide">
        <a href={`${localePath(locale, "/")}#${chart}`} className="text-accent-strong underline underline-offset-2">
          {t(locale, "share.backToDashboard")}
        </a>
      </nav>
      <ChartFigure model={model} headingLevel={1} locale={locale} />
      <p className="hidden text-sm text-muted print:block" data-print-only>
        {share.permalink} · {share.versionLine}
      </p>
      <SharePanel model={model} share={share} locale={locale} />
    </div>
  );
}
