import { derivedFigure } from "@/data/derive";
import { formatFigure } from "@/data/format-figure";
import { datasetFor } from "@/data/localized";
import { getFigure } from "@/data/queries";
import type { Discrepancy } from "@/data/schema";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { EvidenceQuote, quoteLang } from "./evidence-quote";
import { SourceCitation } from "./source-citation";

function Quote({ text, lang, locale }: { text: string; lang?: string; locale: Locale }) {
  const quoted = t(locale, "citation.quoted", { text });
  return lang ? <span lang={lang}>{quoted}</span> : quoted;
}

/** Where sources disagree: every side with its figure, source and quote, or its formula when derived. */
export function DiscrepancyList({
  discrepancies,
  headingLevel = 3,
  locale = DEFAULT_LOCALE,
}: {
  discrepancies: Discrepancy[];
  headingLevel?: 3 | 4;
  locale?: Locale;
}) {
  const Heading = `h${headingLevel}` as const;
  const data = datasetFor(locale);
  if (discrepancies.length === 0) return <p className="text-sm text-muted">{t(locale, "disagreement.none")}</p>;
  return (
    <ul className="flex flex-col gap-4">
      {discrepancies.map((d) => (
        <li key={d.id} id={`discrepancy-${d.id}`} className="rounded-lg border border-lower-bound/60 p-4" data-discrepancy={d.id}>
          <Heading className="font-semibold text-ink">{d.title}</Heading>
          <p className="mt-1 text-sm text-ink">{d.summary}</p>
          <ul className="mt-2 flex flex-col gap-2 text-sm">
            {d.figures.map((id) => {
              const f = getFigure(id, data);
              return (
                <li key={id}>
                  <span className="font-semibold tabular-nums">{formatFigure(f, locale)}</span> — {f.label}:{" "}
                  <Quote text={f.quote} lang={quoteLang(f.sourceId, locale)} locale={locale} /> (
                  <SourceCitation sourceId={f.sourceId} locale={locale} />)
                </li>
              );
            })}
            {d.derived.map((id) => {
              const f = derivedFigure(id, data, locale);
              return (
                <li key={id}>
                  <span className="font-semibold tabular-nums">{formatFigure(f, locale)}</span> —{" "}
                  {t(locale, "disagreement.computed", { label: f.label, formula: f.formula })}
                </li>
              );
            })}
          </ul>
          {d.evidence.length > 0 && (
            <div className="mt-2 flex flex-col gap-2">
              {d.evidence.map((e) => (
                <EvidenceQuote key={`${e.sourceId}-${e.quote}`} evidence={e} locale={locale} />
              ))}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
