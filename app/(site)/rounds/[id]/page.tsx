import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RoundDetail } from "@/components/round-detail";
import { dataset } from "@/data/dataset";
import { findRound, roundDescription, roundLabel } from "@/data/queries";
import { pageAlternates } from "@/data/text/locale-path";
import { pageLocale } from "@/data/text/page-locale";

export const dynamicParams = false;

export function generateStaticParams() {
  return dataset.rounds.map((r) => ({ id: r.id }));
}

type Props = { params: Promise<{ id: string; locale?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const round = findRound((await params).id);
  if (!round) return {};
  return {
    title: roundLabel(round),
    description: roundDescription(round),
    alternates: pageAlternates(await pageLocale(params), `/rounds/${round.id}`),
  };
}

export default async function RoundPage({ params }: Props) {
  const round = findRound((await params).id);
  if (!round) notFound();
  return <RoundDetail round={round} />;
}
