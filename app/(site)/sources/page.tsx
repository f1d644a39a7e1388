import type { Metadata } from "next";
import { DiscrepancyList } from "@/components/discrepancy-list";
import { SourceEntry } from "@/components/source-entry";
import { dataset } from "@/data/dataset";
import { pageAlternates } from "@/data/text/locale-path";
import { pageLocale, type LocaleParams } from "@/data/text/page-locale";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return {
    title: "Sources",
    description: "Every source behind the dashboard, with its full record and every figure quoted from it.",
    alternates: pageAlternates(await pageLocale(params), "/sources"),
  };
}

export default function SourcesPage() {
  const primary = dataset.sources.filter((s) => s.kind === "primary");
  const secondary = dataset.sources.filter((s) => s.kind === "secondary");
  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="text-2xl font-bold text-ink sm:text-3xl">Sources</h1>
        <p className="mt-2 max-w-3xl text-ink">
          {dataset.sources.length} sources: the two PISM Spotlight analyses by Anna Maria Dyner, and the reports behind every other figure.
          Where a report was read in a republished copy, the original publisher comes first. Each entry lists the figures quoted from it,
          word for word. Where sources disagree, every side is set out{" "}
          <a href="#discrepancies-title" className="text-accent-strong underline">
            at the end
          </a>
          .
        </p>
      </header>
      <section aria-labelledby="primary-title" className="flex flex-col gap-4">
        <h2 id="primary-title" className="text-xl font-semibold text-ink">
          Primary sources
        </h2>
        {primary.map((s) => (
          <SourceEntry key={s.id} source={s} />
        ))}
      </section>
      <section aria-labelledby="secondary-title" className="flex flex-col gap-4">
        <h2 id="secondary-title" className="text-xl font-semibold text-ink">
          Other sources
        </h2>
        {secondary.map((s) => (
          <SourceEntry key={s.id} source={s} />
        ))}
      </section>
      <section aria-labelledby="discrepancies-title" className="flex flex-col gap-4">
        <h2 id="discrepancies-title" className="text-xl font-semibold text-ink">
          Where sources disagree
        </h2>
        <DiscrepancyList discrepancies={dataset.discrepancies} />
      </section>
    </div>
  );
}
