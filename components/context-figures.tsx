import { contextFigures, heldChangeSentence } from "@/data/context";
import { formatFigure, formatPeriod, qualifierDescription } from "@/data/format-figure";
import { datasetFor } from "@/data/localized";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { EvidenceQuote } from "./evidence-quote";

/** Context figures, each with its scope, and why none of them can be compared with another or with the rounds. */
export function ContextFigures({ locale = DEFAULT_LOCALE }: { locale?: Locale }) {
  const data = datasetFor(locale);
  return (
    <section aria-labelledby="context-title" data-context>
      <h2 id="context-title" className="text-xl font-semibold text-ink">
        {t(locale, "context.title")}
      </h2>
      <p className="mt-1 max-w-3xl text-ink">{heldChangeSentence(data, locale)}</p>
      <p className="mt-1 max-w-3xl text-ink">{t(locale, "context.notComparable")}</p>
      <ul className="mt-3 grid gap-3 md:grid-cols-2">
        {contextFigures(data, locale).map(({ figure, scope }) => (
          <li key={figure.id} className="flex flex-col gap-2 rounded-lg border border-border p-3" data-context-figure={figure.id}>
            <p>
              <span className="text-2xl font-bold text-ink tabular-nums">{formatFigure(figure, locale)}</span>{" "}
              <span className="text-sm text-ink">{figure.label}</span>
            </p>
            <p className="text-sm text-ink">
              <span className="font-semibold">{t(locale, "context.whatItCounts")}</span> {scope}
            </p>
            <p className="text-xs text-muted">
              {figure.refersTo.label ?? formatPeriod(figure.refersTo.from, figure.refersTo.to, locale)} ·{" "}
              {qualifierDescription(figure.qualifier, locale)}
            </p>
            <EvidenceQuote evidence={figure} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  );
}
