import type { Metadata } from "next";
import { ChangelogList } from "@/components/changelog-list";
import { PageHeader } from "@/components/page-header";
import { FEED_PATH } from "@/data/changelog";
import { pageAlternates } from "@/data/text/locale-path";
import { pageLocale, type LocaleParams } from "@/data/text/page-locale";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return {
    title: "Changes",
    description: "Every release of the dataset: new rounds, new figures and corrections, in plain words, with an Atom feed.",
    alternates: pageAlternates(await pageLocale(params), "/changes"),
  };
}

export default function ChangesPage() {
  return (
    <div className="flex flex-col gap-6">
      <PageHeader section="Changes" title="What changed in the data">
        <p className="mt-2 max-w-3xl text-ink">
          Each release of the dataset, newest first: what was added and what was corrected. Follow the{" "}
          <a href={FEED_PATH} className="text-accent-strong underline" type="application/atom+xml">
            Atom feed
          </a>{" "}
          to learn of a new round or a correction without checking back.
        </p>
      </PageHeader>
      <ChangelogList />
    </div>
  );
}
