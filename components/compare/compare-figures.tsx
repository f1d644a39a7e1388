import type { Comparison, Computed } from "@/data/compare";
import type { Evidence } from "@/data/schema";
import { SourceCitation } from "../source-citation";

function Citations({ evidence }: { evidence: Evidence[] }) {
  const ids = [...new Set(evidence.map((e) => e.sourceId))];
  return (
    <p className="text-sm text-muted">
      From{" "}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && "; "}
          <SourceCitation sourceId={id} />
        </span>
      ))}
    </p>
  );
}

function ComputedFact({ term, computed, evidence }: { term: string; computed: Computed; evidence: Evidence[] }) {
  return (
    <div className="flex flex-col gap-1 rounded-lg border border-border p-3" data-compare-cell={computed.shown ? "cited" : "empty"}>
      <dt className="text-sm text-muted">{term}</dt>
      <dd className="flex flex-col gap-1">
        {computed.shown ? (
          <>
            <span className="text-2xl font-bold text-ink tabular-nums" data-computed={term}>
              {computed.text}
            </span>
            <span className="text-sm text-muted">Computed: {computed.formula}</span>
            <Citations evidence={evidence} />
          </>
        ) : (
          <span className="text-ink">Not shown: {computed.reason}</span>
        )}
      </dd>
    </div>
  );
}

/** The difference, the ratio and the days between the two sides, each with how it was computed and from what. */
export function CompareFigures({ comparison }: { comparison: Comparison }) {
  const { difference, ratio, days, differenceEvidence, daysEvidence } = comparison;
  return (
    <dl className="grid gap-3 sm:grid-cols-3">
      <ComputedFact term="Difference" computed={difference} evidence={differenceEvidence} />
      <ComputedFact term="Ratio" computed={ratio} evidence={differenceEvidence} />
      <ComputedFact term="Days between the releases" computed={days} evidence={daysEvidence} />
    </dl>
  );
}
