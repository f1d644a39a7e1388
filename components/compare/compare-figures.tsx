import type { Comparison, Computed } from "@/data/compare";
import type { Evidence } from "@/data/schema";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { SourceCitation } from "../source-citation";

function Citations({ evidence, locale }: { evidence: Evidence[]; locale: Locale }) {
  const ids = [...new Set(evidence.map((e) => e.sourceId))];
  return (
    <p className="text-sm text-muted">
      {t(locale, "comparePage.from")}{" "}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && "; "}
          <SourceCitation sourceId={id} locale={locale} />
        </span>
      ))}
    </p>
  );
}

/** One computed number; `name` is its English name, kept for the machine-facing data-computed attribute. */
function ComputedFact({
  name,
  term,
  computed,
  evidence,
  locale,
}: {
  name: string;
  term: string;
  computed: Computed;
  evidence: Evidence[];
  locale: Locale;
}) {
  return (
    <div className="flex flex-col gap-1 rounded-lg border border-border p-3" data-compare-cell={computed.shown ? "cited" : "empty"}>
      <dt className="text-sm text-muted">{term}</dt>
      <dd className="flex flex-col gap-1">
        {computed.shown ? (
          <>
            <span className="text-2xl font-bold text-ink tabular-nums" data-computed={name}>
              {computed.text}
            </span>
            <span className="text-sm text-muted">{t(locale, "comparePage.computed", { formula: computed.formula })}</span>
            <Citations evidence={evidence} locale={locale} />
          </>
        ) : (
          <span className="text-ink">{t(locale, "comparePage.notShown", { reason: computed.reason })}</span>
        )}
      </dd>
    </div>
  );
}

/** The difference, the ratio and the days between the two sides, each with how it was computed and from what. */
export function CompareFigures({ comparison, locale = DEFAULT_LOCALE }: { comparison: Comparison; locale?: Locale }) {
  const { difference, ratio, days, differenceEvidence, daysEvidence } = comparison;
  return (
    <dl className="grid gap-3 sm:grid-cols-3">
      <ComputedFact
        name="Difference"
        term={t(locale, "comparePage.difference")}
        computed={difference}
        evidence={differenceEvidence}
        locale={locale}
      />
      <ComputedFact name="Ratio" term={t(locale, "comparePage.ratio")} computed={ratio} evidence={differenceEvidence} locale={locale} />
      <ComputedFact
        name="Days between the releases"
        term={t(locale, "comparePage.days")}
        computed={days}
        evidence={daysEvidence}
        locale={locale}
      />
    </dl>
  );
}
