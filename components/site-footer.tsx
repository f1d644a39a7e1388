import { dataset } from "@/data/dataset";
import { formatDate } from "@/data/format-figure";

export function SiteFooter() {
  const { meta } = dataset;
  return (
    <footer className="mt-12 border-t border-border">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
        <p>
          Figures from PISM Spotlight analyses by Anna Maria Dyner, Viasna and the news and human-rights sources listed on the{" "}
          <a href="/sources" className="underline">
            sources page
          </a>
          , each with its exact quote.
        </p>
        <p className="mt-1">
          Dataset version {meta.version}, updated {formatDate(meta.updated)}. Licence: {meta.licence.title}.
        </p>
      </div>
    </footer>
  );
}
