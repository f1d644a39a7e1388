"use client";

import { fillAccessed, localIsoDate, type CitationTemplates } from "@/data/cite-access";
import type { DatePattern } from "@/data/format-intl";
import { useClientValue } from "../use-client-value";
import { CopyButton, type CopyWords } from "./copy-button";

export interface CiteWords {
  plainText: string;
  copyCitation: string;
  bibtexEntry: string;
  copyBibtex: string;
  copy: CopyWords;
}

/**
 * The citation with the reader's own access date (today, in their time zone). Before JavaScript runs, and without it,
 * the access date is the dataset's last update. Its words come from the server parent, in the page's language.
 */
export function CiteThis({
  templates,
  datasetUpdated,
  dates,
  words,
}: {
  templates: CitationTemplates;
  datasetUpdated: string;
  /** How the page's language writes a date, from the server. */
  dates: DatePattern;
  words: CiteWords;
}) {
  const accessed = useClientValue(
    () => localIsoDate(new Date()),
    () => datasetUpdated,
  );
  const { plain, bibtex } = fillAccessed(templates, accessed, dates);
  return (
    <div className="flex flex-col gap-3" data-island>
      <div className="flex flex-col gap-1" data-citation="plain">
        <p className="text-sm font-medium text-ink">{words.plainText}</p>
        <p className="rounded border border-border bg-surface-alt p-2 text-sm text-ink">{plain}</p>
        <CopyButton text={plain} label={words.copyCitation} words={words.copy} />
      </div>
      <div className="flex flex-col gap-1" data-citation="bibtex">
        <p className="text-sm font-medium text-ink">BibTeX</p>
        <pre
          tabIndex={0}
          aria-label={words.bibtexEntry}
          className="rounded border border-border bg-surface-alt p-2 text-xs [overflow-wrap:anywhere] whitespace-pre-wrap text-ink"
        >
          {bibtex}
        </pre>
        <CopyButton text={bibtex} label={words.copyBibtex} words={words.copy} />
      </div>
    </div>
  );
}
