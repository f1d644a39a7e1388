import type { ReactNode } from "react";
import { compareHref } from "@/data/compare-href";
import { heldBeforeAfter } from "@/data/derive";
import { formatDate, formatFigure, formatPeriod } from "@/data/format-figure";
import { discrepanciesFor, figuresForRound, nextRound, partsOf, previousRound, releasedIn, roundLabel } from "@/data/queries";
import type { Evidence, Figure, Round } from "@/data/schema";
import { DiscrepancyList } from "./discrepancy-list";
import { EvidenceQuote } from "./evidence-quote";
import { FigureList } from "./figure-list";
import { PageHeader } from "./page-header";
import { SourceCitation } from "./source-citation";

function Fact({ term, children, evidence }: { term: string; children: ReactNode; evidence: Evidence[] }) {
  return (
    <div className="grid gap-1 border-b border-border py-3 sm:grid-cols-[12rem_1fr]">
      <dt className="font-semibold text-ink">{term}</dt>
      <dd className="flex flex-col gap-2 text-ink">
        <div>{children}</div>
        {evidence.map((e) => (
          <EvidenceQuote key={`${e.sourceId}-${e.quote}`} evidence={e} />
        ))}
      </dd>
    </div>
  );
}

function HeldCount({ figure, relation }: { figure?: Figure; relation: string }) {
  if (!figure) return <li>{relation}: no dated count in the series.</li>;
  return (
    <li>
      {relation}: <span className="font-semibold tabular-nums">{formatFigure(figure)}</span> on{" "}
      {figure.refersTo.label ?? formatDate(figure.refersTo.from)} (
      <SourceCitation sourceId={figure.sourceId} />)
    </li>
  );
}

export function RoundDetail({ round }: { round: Round }) {
  const released = releasedIn(round.id);
  const destinations = partsOf(released, "destination");
  const held = heldBeforeAfter(round.release.date);
  const previous = previousRound(round.id);
  const next = nextRound(round.id);
  return (
    <article className="flex flex-col gap-8">
      <PageHeader section="Rounds" sectionHref="/rounds" title={roundLabel(round)}>
        <p className="mt-3 text-ink">
          <span className="text-4xl font-bold tabular-nums" data-figure={released.id}>
            {formatFigure(released)}
          </span>{" "}
          {released.label.toLowerCase()}, according to <SourceCitation sourceId={released.sourceId} />.
        </p>
        <EvidenceQuote evidence={released} className="mt-2 max-w-3xl" />
      </PageHeader>

      <section aria-labelledby="facts-title">
        <h2 id="facts-title" className="text-xl font-semibold text-ink">
          What the sources say
        </h2>
        <dl className="mt-2">
          <Fact term="Talks" evidence={round.talks?.evidence ?? []}>
            {round.talks
              ? `${formatPeriod(round.talks.from, round.talks.to)}, ${round.talks.place}. ${round.talks.summary}`
              : "No talks are reported for this release in the verified sources."}
          </Fact>
          <Fact term="Release" evidence={[...round.release.evidence, ...(round.release.otherDates ?? []).flatMap((o) => o.evidence)]}>
            {formatDate(round.release.date)}
            {round.release.otherDates?.length
              ? ` (not settled: a source gives ${round.release.otherDates.map((o) => formatDate(o.date)).join(" or ")}; see where sources disagree)`
              : ""}
          </Fact>
          <Fact term="US envoys" evidence={round.envoys.flatMap((e) => e.evidence)}>
            {round.envoys.length ? round.envoys.map((e) => `${e.name} (${e.role})`).join("; ") : "Not named in the verified sources."}
          </Fact>
          <Fact term="What the US gave in return" evidence={round.inReturn.evidence}>
            {round.inReturn.summary}
          </Fact>
          <Fact term="Where the released were sent" evidence={round.destinations.evidence}>
            {round.destinations.summary}
            {destinations.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {destinations.map((d) => (
                  <li key={d.id}>
                    {d.group}: <span className="font-semibold tabular-nums">{formatFigure(d)}</span> (
                    <SourceCitation sourceId={d.sourceId} />)
                  </li>
                ))}
              </ul>
            )}
          </Fact>
          <Fact term="Notable people released" evidence={[]}>
            {round.notable.length === 0 ? (
              "None named in the verified sources."
            ) : (
              <ul className="flex flex-col gap-3">
                {round.notable.map((n) => (
                  <li key={n.name}>
                    <span className="font-semibold">{n.name}</span>
                    {n.description && `, ${n.description}`}
                    {n.evidence.map((e) => (
                      <EvidenceQuote key={e.quote} evidence={e} className="mt-1" />
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </Fact>
          <Fact term="Political prisoners still held" evidence={[]}>
            <ul>
              <HeldCount figure={held.before} relation="Before the release" />
              <HeldCount figure={held.after} relation="After the release" />
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
          Every figure for this round
        </h2>
        <FigureList figures={figuresForRound(round.id)} />
      </section>

      <section aria-labelledby="disagree-title">
        <h2 id="disagree-title" className="mb-3 text-xl font-semibold text-ink">
          Where sources disagree
        </h2>
        <DiscrepancyList discrepancies={discrepanciesFor({ roundId: round.id })} />
      </section>

      <nav aria-label="Other rounds" className="flex flex-wrap justify-between gap-3 border-t border-border pt-4 text-sm" data-print="hide">
        {previous ? (
          <a href={`/rounds/${previous.id}`} className="underline">
            ← Previous round: {previous.label}
          </a>
        ) : (
          <span />
        )}
        {next && (
          <a href={`/rounds/${next.id}`} className="underline">
            Next round: {next.label} →
          </a>
        )}
        <p className="flex w-full flex-wrap gap-x-4 gap-y-1">
          {previous && (
            <a href={compareHref(previous.id, round.id)} className="underline">
              Compare with the previous round ({previous.label})
            </a>
          )}
          {next && (
            <a href={compareHref(round.id, next.id)} className="underline">
              Compare with the next round ({next.label})
            </a>
          )}
        </p>
      </nav>
    </article>
  );
}
