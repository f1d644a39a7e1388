import { localePath } from "@/data/text/locale-path";
import type { ReactNode } from "react";
import { compareHref } from "@/data/compare-href";
import { heldBeforeAfter } from "@/data/derive";
import { formatDate, formatFigure, formatPeriod } from "@/data/format-figure";
import { datasetFor } from "@/data/localized";
import {
  discrepanciesFor,
  figuresForRound,
  labelInSentence,
  nextRound,
  partsOf,
  previousRound,
  releasedIn,
  roundLabel,
} from "@/data/queries";
import type { Evidence, Figure, Round } from "@/data/schema";

import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { intlFor, t } from "@/data/text/translate";
import { DiscrepancyList } from "./discrepancy-list";
import { EvidenceQuote } from "./evidence-quote";
import { FigureList } from "./figure-list";
import { PageHeader } from "./page-header";
import { richMessage } from "./rich-message";
import { SourceCitation } from "./source-citation";

function Fact({ term, children, evidence, locale }: { term: string; children: ReactNode; evidence: Evidence[]; locale: Locale }) {
  return (
    <div className="grid gap-1 border-b border-border py-3 sm:grid-cols-[12rem_1fr]">
      <dt className="font-semibold text-ink">{term}</dt>
      <dd className="flex flex-col gap-2 text-ink">
        <div>{children}</div>
        {evidence.map((e) => (
          <EvidenceQuote key={`${e.sourceId}-${e.quote}`} evidence={e} locale={locale} />
        ))}
      </dd>
    </div>
  );
}

function HeldCount({ figure, relation, locale }: { figure?: Figure; relation: string; locale: Locale }) {
  if (!figure) return <li>{t(locale, "round.heldNone", { relation })}</li>;
  return (
    <li>
      {richMessage(
        locale,
        "round.heldCount",
        { relation, figure: formatFigure(figure, locale), date: figure.refersTo.label ?? formatDate(figure.refersTo.from, locale) },
        {
          b: (chunks) => <span className="font-semibold tabular-nums">{chunks}</span>,
          source: () => <SourceCitation sourceId={figure.sourceId} locale={locale} />,
        },
      )}
    </li>
  );
}

export function RoundDetail({ round, locale = DEFAULT_LOCALE }: { round: Round; locale?: Locale }) {
  const data = datasetFor(locale);
  const released = releasedIn(round.id, data);
  const destinations = partsOf(released, "destination", data);
  const held = heldBeforeAfter(round.release.date, "held", data);
  const previous = previousRound(round.id, data);
  const next = nextRound(round.id, data);
  const otherDates = round.release.otherDates ?? [];
  return (
    <article className="flex flex-col gap-8">
      <PageHeader
        section={t(locale, "site.navRounds")}
        sectionHref={localePath(locale, "/rounds")}
        title={roundLabel(round, locale)}
        locale={locale}
      >
        <p className="mt-3 text-ink">
          {richMessage(
            locale,
            "round.releasedAccording",
            {
              figure: formatFigure(released, locale),
              label: labelInSentence(released.label),
            },
            {
              b: (chunks) => (
                <span className="text-4xl font-bold tabular-nums" data-figure={released.id}>
                  {chunks}
                </span>
              ),
              source: () => <SourceCitation sourceId={released.sourceId} locale={locale} />,
            },
          )}
        </p>
        <EvidenceQuote evidence={released} className="mt-2 max-w-3xl" locale={locale} />
      </PageHeader>

      <section aria-labelledby="facts-title">
        <h2 id="facts-title" className="text-xl font-semibold text-ink">
          {t(locale, "round.factsTitle")}
        </h2>
        <dl className="mt-2">
          <Fact term={t(locale, "round.termTalks")} evidence={round.talks?.evidence ?? []} locale={locale}>
            {round.talks
              ? t(locale, "round.talks", {
                  period: formatPeriod(round.talks.from, round.talks.to, locale),
                  place: round.talks.place,
                  summary: round.talks.summary,
                })
              : t(locale, "round.noTalks")}
          </Fact>
          <Fact
            term={t(locale, "round.termRelease")}
            evidence={[...round.release.evidence, ...otherDates.flatMap((o) => o.evidence)]}
            locale={locale}
          >
            {otherDates.length
              ? t(locale, "round.releaseUnsettled", {
                  date: formatDate(round.release.date, locale),
                  dates: intlFor(locale).formatList(
                    otherDates.map((o) => formatDate(o.date, locale)),
                    { type: "disjunction" },
                  ),
                })
              : formatDate(round.release.date, locale)}
          </Fact>
          <Fact term={t(locale, "round.termEnvoys")} evidence={round.envoys.flatMap((e) => e.evidence)} locale={locale}>
            {round.envoys.length
              ? round.envoys.map((e) => t(locale, "round.envoy", { name: e.name, role: e.role })).join("; ")
              : t(locale, "round.noEnvoys")}
          </Fact>
          <Fact term={t(locale, "round.termInReturn")} evidence={round.inReturn.evidence} locale={locale}>
            {round.inReturn.summary}
          </Fact>
          <Fact term={t(locale, "round.termDestinations")} evidence={round.destinations.evidence} locale={locale}>
            {round.destinations.summary}
            {destinations.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {destinations.map((d) => (
                  <li key={d.id}>
                    {d.group}: <span className="font-semibold tabular-nums">{formatFigure(d, locale)}</span> (
                    <SourceCitation sourceId={d.sourceId} locale={locale} />)
                  </li>
                ))}
              </ul>
            )}
          </Fact>
          <Fact term={t(locale, "round.termNotable")} evidence={[]} locale={locale}>
            {round.notable.length === 0 ? (
              t(locale, "round.noNotable")
            ) : (
              <ul className="flex flex-col gap-3">
                {round.notable.map((n) => (
                  <li key={n.name}>
                    <span className="font-semibold">{n.name}</span>
                    {n.description && `, ${n.description}`}
                    {n.evidence.map((e) => (
                      <EvidenceQuote key={e.quote} evidence={e} className="mt-1" locale={locale} />
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </Fact>
          <Fact term={t(locale, "round.termHeld")} evidence={[]} locale={locale}>
            <ul>
              <HeldCount figure={held.before} relation={t(locale, "round.heldBefore")} locale={locale} />
              <HeldCount figure={held.after} relation={t(locale, "round.heldAfter")} locale={locale} />
            </ul>
          </Fact>
        </dl>
        {round.notes.map((note) => (
          <p key={note} className="mt-3 text-sm text-muted">
            {note}
          </p>
        ))}
      </section>

      <section aria-labelledby="figures-title">
        <h2 id="figures-title" className="mb-3 text-xl font-semibold text-ink">
          {t(locale, "round.figuresTitle")}
        </h2>
        <FigureList figures={figuresForRound(round.id, data)} locale={locale} />
      </section>

      <section aria-labelledby="disagree-title">
        <h2 id="disagree-title" className="mb-3 text-xl font-semibold text-ink">
          {t(locale, "disagreement.title")}
        </h2>
        <DiscrepancyList discrepancies={discrepanciesFor({ roundId: round.id }, data)} locale={locale} />
      </section>

      <nav
        aria-label={t(locale, "round.otherRounds")}
        className="flex flex-wrap justify-between gap-3 border-t border-border pt-4 text-sm"
        data-print="hide"
      >
        {previous ? (
          <a href={localePath(locale, `/rounds/${previous.id}`)} className="underline">
            {t(locale, "round.previous", { round: previous.label })}
          </a>
        ) : (
          <span />
        )}
        {next && (
          <a href={localePath(locale, `/rounds/${next.id}`)} className="underline">
            {t(locale, "round.next", { round: next.label })}
          </a>
        )}
        <p className="flex w-full flex-wrap gap-x-4 gap-y-1">
          {previous && (
            <a href={localePath(locale, compareHref(previous.id, round.id))} className="underline">
              {t(locale, "round.comparePrevious", { round: previous.label })}
            </a>
          )}
          {next && (
            <a href={localePath(locale, compareHref(round.id, next.id))} className="underline">
              {t(locale, "round.compareNext", { round: next.label })}
            </a>
          )}
        </p>
      </nav>
    </article>
  );
}
