import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RoundDetail } from "@/components/round-detail";
import { dataset } from "@/data/dataset";
import { findRound, roundDescription, roundLabel } from "@/data/queries";

export const dynamicParams = false;

export function generateStaticParams() {
  return dataset.rounds.map((r) => ({ id: r.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const round = findRound((await params).id);
  if (!round) return {};
  return {
    title: roundLabel(round),
    description: roundDescription(round),
  };
}

export default async function RoundPage({ params }: Props) {
  const round = findRound((await params).id);
  if (!round) notFound();
  return <RoundDetail round={round} />;
}
