import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { ContextFigures } from "@/components/context-figures";
import { OutsideRounds } from "@/components/outside-rounds";
import { RoundIndex } from "@/components/round-index";
import { dataset } from "@/data/dataset";
import { formatNumber } from "@/data/format-figure";
import { pageAlternates } from "@/data/text/locale-path";
import { pageLocale, type LocaleParams } from "@/data/text/page-locale";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return {
    title: "All rounds",
    description: "Every round of releases after US–Belarus talks, with the number released, the release date and the source.",
    alternates: pageAlternates(await pageLocale(params), "/rounds"),
  };
}

export default function RoundsPage() {
  return (
    <div className="flex flex-col gap-6">
      <PageHeader section="Rounds" title="All rounds">
        <p className="mt-2 max-w-3xl text-ink">
          {formatNumber(dataset.rounds.length)} rounds of releases in date order, each with the number released as its source states it. A
          round&apos;s page has every figure, quote and disagreement about it.
        </p>
      </PageHeader>
      <RoundIndex rounds={dataset.rounds} />
      <OutsideRounds />
      <ContextFigures />
    </div>
  );
}
