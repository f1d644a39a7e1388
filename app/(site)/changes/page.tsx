import type { Metadata } from "next";
import { ChangelogList } from "@/components/changelog-list";
import { PageHeader } from "@/components/page-header";
import { richMessage } from "@/components/rich-message";
import { FEED_PATH } from "@/data/changelog";
import { pageAlternates } from "@/data/text/locale-path";
import { pageLocale, type LocaleParams } from "@/data/text/page-locale";
import { t } from "@/data/text/translate";

export async function generateMetadata({ params }: { params?: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  return {
    title: t(locale, "changes.metaTitle"),
    description: t(locale, "changes.description"),
    alternates: pageAlternates(locale, "/changes"),
  };
}

export default async function ChangesPage({ params }: { params?: LocaleParams }) {
  const locale = await pageLocale(params);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader section={t(locale, "changes.metaTitle")} title={t(locale, "changes.title")} locale={locale}>
        <p className="mt-2 max-w-3xl text-ink">
          {richMessage(
            locale,
            "changes.intro",
            {},
            {
              feed: (chunks) => (
                <a href={FEED_PATH} className="text-accent-strong underline" type="application/atom+xml">
                  {chunks}
                </a>
              ),
            },
          )}
        </p>
      </PageHeader>
      <ChangelogList locale={locale} />
    </div>
  );
}
