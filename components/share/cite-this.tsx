"use client";

import { formatChartBibtex, formatChartCitation, localIsoDate, type ChartCitationInput } from "@/data/cite-chart";
import { useClientValue } from "../use-client-value";
import { CopyButton } from "./copy-button";

/**
 * The citation with the reader's own access date (today, in their time zone). Before JavaScript runs, and without it,
 * the access date is the dataset's last update.
 */
export function CiteThis({ citation }: { citation: Omit<ChartCitationInput, "accessed"> }) {
  const accessed = useClientValue(
    () => localIsoDate(new Date()),
    () => citation.datasetUpdated,
  );
  const input = { ...citation, accessed };
  const plain = formatChartCitation(input);
  const bibtex = formatChartBibtex(input);
  return (
    <div className="flex flex-col gap-3" data-island>
      <div className="flex flex-col gap-1" data-citation="plain">
        <p className="text-sm font-medium text-ink">Plain text</p>
        <p className="rounded border border-border bg-surface-alt p-2 text-sm text-ink">{plain}</p>
        <CopyButton text={plain} label="Copy citation" />
      </div>
      <div className="flex flex-col gap-1" data-citation="bibtex">
        <p className="text-sm font-medium text-ink">BibTeX</p>
        <pre
          tabIndex={0}
          aria-label="BibTeX entry"
          className="rounded border border-border bg-surface-alt p-2 text-xs [overflow-wrap:anywhere] whitespace-pre-wrap text-ink"
        >
          {bibtex}
        </pre>
        <CopyButton text={bibtex} label="Copy BibTeX" />
      </div>
    </div>
  );
}
