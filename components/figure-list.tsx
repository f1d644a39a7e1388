import { formatFigure, formatPeriod, qualifierDescription } from "@/data/format-figure";
import type { Figure } from "@/data/schema";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { quoteLang } from "./evidence-quote";
import { richMessage } from "./rich-message";
import { SourceCitation } from "./source-citation";

const ROLE_TEXT = {
  shown: "figures.roleShown",
  corroborates: "figures.roleCorroborates",
  contradicts: "figures.roleContradicts",
} as const satisfies Record<Figure["role"], string>;

/** Every figure with its qualifier, date, role, quote and citation. */
export function FigureList({
  figures,
  showSource = true,
  locale = DEFAULT_LOCALE,
}: {
  figures: Figure[];
  showSource?: boolean;
  locale?: Locale;
}) {
  return (
    <ul className="flex flex-col gap-3">
      {figures.map((f) => (
        <li key={f.id} id={`figure-${f.id}`} className="rounded border border-border p-3 text-sm" data-figure-entry={f.id}>
          <p>
            <span className="text-lg font-semibold text-ink tabular-nums">{formatFigure(f, locale)}</span>{" "}
            <span className="text-ink">{f.label}</span>
          </p>
          <p className="text-muted">
            {f.refersTo.label ?? formatPeriod(f.refersTo.from, f.refersTo.to, locale)} · {qualifierDescription(f.qualifier, locale)} ·{" "}
            {f.about
              ? richMessage(
                  locale,
                  "figures.roleAbout",
                  { role: f.role },
                  {
                    link: (chunks) => (
                      <a className="underline" href={`#figure-${f.about}`}>
                        {chunks}
                      </a>
                    ),
                  },
                )
              : t(locale, ROLE_TEXT[f.role])}
          </p>
          <blockquote className="mt-1 border-l-2 border-border pl-3 text-ink" lang={quoteLang(f.sourceId, locale)}>
            {t(locale, "citation.quoted", { text: f.quote })}
          </blockquote>
          {showSource && (
            <p className="mt-1 text-muted">
              — <SourceCitation sourceId={f.sourceId} locale={locale} />
            </p>
          )}
          {f.note && <p className="mt-1 text-muted">{t(locale, "figures.note", { note: f.note })}</p>}
        </li>
      ))}
    </ul>
  );
}
