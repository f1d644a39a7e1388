import { localePath } from "@/data/text/locale-path";
import type { ChartModel } from "@/data/chart-data";
import { chartPath } from "@/data/embed-code";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { ChartSvg } from "./charts/chart-svg";
import { ChartView } from "./charts/chart-view";
import { DataTable } from "./data-table";
import { richMessage } from "./rich-message";
import { SourceCitation } from "./source-citation";

/** A chart with its title, takeaway, source line, notes, text alternative and data table. */
export function ChartFigure({
  model,
  headingLevel = 3,
  shareHref,
  interactive = true,
  table = "open",
  showTakeaway = true,
  locale = model.locale ?? DEFAULT_LOCALE,
}: {
  model: ChartModel;
  headingLevel?: 1 | 2 | 3;
  /** The chart's own page, where it can be shared, downloaded and cited. */
  shareHref?: string;
  /** False: the static SVG only, with its native tooltips (no chart.js, and no chart model in the page's payload). */
  interactive?: boolean;
  /** The data table's disclosure: closed on the dashboard, open on the chart's page. Print always shows it (globals.css). */
  table?: "open" | "closed";
  /** False where the same sentence is printed just above the chart (a comparison's answer). */
  showTakeaway?: boolean;
  /** The page's language; the model's own by default. */
  locale?: Locale;
}) {
  const Heading = `h${headingLevel}` as const;
  const id = model.spec.id;
  return (
    <figure
      className="flex min-w-0 break-inside-avoid flex-col gap-3 rounded-lg border border-border p-4"
      id={id}
      aria-labelledby={`${id}-title`}
      data-chart={id}
    >
      <Heading id={`${id}-title`} className="text-lg font-semibold text-ink">
        {model.spec.title}
      </Heading>
      {showTakeaway && <p className="text-ink">{model.takeaway}</p>}
      {model.roundWindow && (
        <p className="text-sm text-ink" data-chart-window>
          {t(locale, "chart.windowShowing", model.roundWindow)}{" "}
          <a href={localePath(locale, chartPath(id))} className="text-accent-strong underline underline-offset-2">
            {t(locale, "chart.windowAll", model.roundWindow)}
          </a>
        </p>
      )}
      <div className="relative h-72 w-full">{interactive ? <ChartView model={model} /> : <ChartSvg model={model} />}</div>
      <figcaption className="flex flex-col gap-2 text-sm text-muted">
        <p>{model.spec.caption}</p>
        <p data-source-line>
          {t(locale, "chart.sourcesLabel", { count: model.sourceIds.length })}{" "}
          {model.sourceIds.map((sourceId, i) => (
            <span key={sourceId}>
              {i > 0 && "; "}
              <SourceCitation sourceId={sourceId} locale={locale} />
            </span>
          ))}
          .
        </p>
        {model.notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
        <p className="sr-only">{model.textAlternative}</p>
      </figcaption>
      <details className="text-sm" open={table === "open"} data-table-disclosure>
        <summary className="cursor-pointer text-ink" data-print="hide">
          {richMessage(locale, "chart.dataTable", {
            title: model.spec.title,
            hidden: (chunks) => <span className="sr-only">{chunks}</span>,
          })}
        </summary>
        <DataTable table={model.table} caption={t(locale, "chart.tableCaption", { title: model.spec.title })} id={`${id}-table`} />
      </details>
      {shareHref && (
        <p className="text-sm" data-print="hide">
          <a href={shareHref} className="text-accent-strong underline underline-offset-2">
            {richMessage(locale, "chart.shareLink", {
              title: model.spec.title,
              hidden: (chunks) => <span className="sr-only">{chunks}</span>,
            })}
          </a>
        </p>
      )}
    </figure>
  );
}
