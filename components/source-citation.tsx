import { localePath } from "@/data/text/locale-path";
import { formatShortCitation } from "@/data/citation";
import { datasetFor } from "@/data/localized";
import { getSource } from "@/data/queries";

import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";

export function sourceAnchor(sourceId: string, locale: Locale = DEFAULT_LOCALE): string {
  return localePath(locale, `/sources#${sourceId}`);
}

/** A short citation that links to the source's full entry on /sources. */
export function SourceCitation({
  sourceId,
  className,
  locale = DEFAULT_LOCALE,
}: {
  sourceId: string;
  className?: string;
  locale?: Locale;
}) {
  return (
    <a
      href={sourceAnchor(sourceId, locale)}
      className={`underline decoration-border underline-offset-2 hover:decoration-current ${className ?? ""}`}
      data-source-link={sourceId}
    >
      {formatShortCitation(getSource(sourceId, datasetFor(locale)), {}, locale)}
    </a>
  );
}
