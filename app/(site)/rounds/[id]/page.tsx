import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RoundDetail } from "@/components/round-detail";
import { dataset } from "@/data/dataset";
import { datasetFor } from "@/data/localized";
import { findRound, roundDescription, roundLabel } from "@/data/queries";
import { pageAlternates } from "@/data/text/locale-path";
import { pageLocale } from "@/data/text/page-locale";

export const dynamicParams = false;

export function generateStaticParams() {
  return dataset.rounds.map((r) => ({ id: r.id }));
}

type Props = { params: Promise<{ id: string; locale?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const data = datasetFor(locale);
  const round = findRound((await params).id, data);
  if (!round) return {};
  return {
    title: roundLabel(round, locale),
    description: roundDescription(round, data, locale),
    alternates: pageAlternates(locale, `/rounds/${round.id}`),
  };
}

export default async function RoundPage({ params }: Props) {
  const locale = await pageLocale(params);
  const round = findRound((await params).id, datasetFor(locale));
  if (!round) notFound();
  return <RoundDetail round={round} locale={locale} />;
}
