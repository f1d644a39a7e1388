import { datasetFor } from "@/data/localized";
import { getSource } from "@/data/queries";
import type { Evidence } from "@/data/schema";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { SourceCitation } from "./source-citation";

/** The language a quote is in, where it differs from the page's: quotes stay verbatim in their source's language. */
export function quoteLang(sourceId: string, locale: Locale): string | undefined {
  const { language } = getSource(sourceId, datasetFor(locale));
  return language === locale ? undefined : language;
}

/** A source's exact words with the citation that links to it. */
export function EvidenceQuote({
  evidence,
  className,
  locale = DEFAULT_LOCALE,
}: {
  evidence: Evidence;
  className?: string;
  locale?: Locale;
}) {
  return (
    <figure className={`border-l-2 border-border pl-3 text-sm ${className ?? ""}`}>
      <blockquote className="text-ink" lang={quoteLang(evidence.sourceId, locale)}>
        {t(locale, "citation.quoted", { text: evidence.quote })}
      </blockquote>
      <figcaption className="mt-1 text-muted">
        — <SourceCitation sourceId={evidence.sourceId} locale={locale} />
      </figcaption>
    </figure>
  );
}
