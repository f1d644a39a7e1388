import { formatCitation } from "@/data/citation";
import { formatDate } from "@/data/format-figure";
import { figuresFromSource } from "@/data/queries";
import type { Source } from "@/data/schema";
import { FigureList } from "./figure-list";

const DATE_BASIS: Record<Source["published"]["basis"], string> = {
  "in-file": "as printed in the text",
  url: "from the URL",
  page: "from the page or its metadata",
  "not-shown": "",
};

const LANGUAGE: Record<Source["language"], string> = { en: "English", uk: "Ukrainian", el: "Greek", sr: "Serbian" };

export function SourceEntry({ source }: { source: Source }) {
  const figures = figuresFromSource(source.id);
  return (
    <article id={source.id} className="scroll-mt-4 rounded-lg border border-border p-4" data-source={source.id}>
      <h2 className="text-lg font-semibold text-ink">
        {source.publisher}
        {source.via && <span className="font-normal text-muted">, via {source.via}</span>}
      </h2>
      <p className="text-ink">
        {source.title ? `“${source.title}”` : <span className="text-muted">Title unknown: no page read states it.</span>}
        {source.titleBasis === "url-slug" && <span className="text-muted"> (title reconstructed from the URL)</span>}
        {source.titleBasis === "editor" && <span className="text-muted"> (descriptive title)</span>}
      </p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm [overflow-wrap:anywhere] sm:grid-cols-[10rem_1fr]">
        {source.author && (
          <>
            <dt className="text-muted">Author</dt>
            <dd>{source.author}</dd>
          </>
        )}
        {source.series && (
          <>
            <dt className="text-muted">Series</dt>
            <dd>{source.number ? `${source.series} No. ${source.number}` : `${source.series} (no number stated)`}</dd>
          </>
        )}
        <dt className="text-muted">Published</dt>
        <dd>{source.published.date ? `${formatDate(source.published.date)} (${DATE_BASIS[source.published.basis]})` : "Not stated"}</dd>
        <dt className="text-muted">Kind</dt>
        <dd>
          {source.kind === "primary" ? "Primary analysis" : "Report"}, in {LANGUAGE[source.language]}
        </dd>
        {source.url && (
          <>
            <dt className="text-muted">Address</dt>
            <dd className="break-all">
              <a href={source.url} className="underline" rel="noopener noreferrer external">
                {source.url}
              </a>
            </dd>
          </>
        )}
        {source.localFile && (
          <>
            <dt className="text-muted">Text as received</dt>
            <dd className="break-all">{source.localFile.replace(/^\.\.\//, "")}</dd>
          </>
        )}
        <dt className="text-muted">Cite as</dt>
        <dd>{formatCitation(source)}</dd>
      </dl>
      {source.curationNotes.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm text-muted">
          {source.curationNotes.map((n) => (
            <li key={n}>Curation note: {n}</li>
          ))}
        </ul>
      )}
      {figures.length > 0 && (
        <div className="mt-3">
          <h3 className="mb-2 text-sm font-semibold text-ink">Figures quoted from this source</h3>
          <FigureList figures={figures} showSource={false} />
        </div>
      )}
    </article>
  );
}
