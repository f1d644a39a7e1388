import { CHANGES_PATH, dataAsOf, FEED_PATH } from "@/data/changelog";
import { dataset } from "@/data/dataset";

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
          <span className="font-semibold text-ink" data-as-of={meta.updated}>
            {dataAsOf()}
          </span>{" "}
          (dataset version {meta.version}).{" "}
          <a href={CHANGES_PATH} className="underline">
            What changed
          </a>{" "}
          ·{" "}
          <a href={FEED_PATH} className="underline" type="application/atom+xml">
            Atom feed of changes
          </a>
          . Licence: {meta.licence.title}.
        </p>
      </div>
    </footer>
  );
}
