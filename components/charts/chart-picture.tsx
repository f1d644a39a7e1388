import type { ChartModel } from "@/data/chart-data";
import { withChartWords } from "@/data/chart-words";
import { DEFAULT_LOCALE } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { palette } from "../palette";
import { renderStaticMarkup } from "../embed/static-markup";
import { fixedColor, PlotSvg } from "./chart-svg";
import { encodeChart, textWidth } from "./encoding";

/** The static picture's layout size in pixels; the PNG is drawn at twice this. */
export const PICTURE_SIZE = { width: 960, height: 640, scale: 2 } as const;

/** The font the pictures are drawn in, bundled with the dependencies (dejavu-fonts-ttf), so every PNG is the same. */
export const PICTURE_FONT = "DejaVu Sans Condensed";

export interface PictureText {
  /** "Sources: PISM …; Viasna …". */
  credit: string;
  permalink: string;
  /** "Data as of 22 November 2026". */
  dataAsOf: string;
}

const PAD = 32;

function wrap(text: string, size: number, maxWidth: number, weight: 400 | 600 = 400): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The notes a reader needs to read the marks right: lower bounds and approximations, then the chart's own notes. */
export function pictureNotes(model: ChartModel): string[] {
  const encoding = encodeChart(withChartWords(model));
  const locale = model.locale ?? DEFAULT_LOCALE;
  const notes: string[] = [];
  const bound = [...encoding.bars.map((b) => b.datum), ...encoding.points.map((p) => p.datum)].find(
    (d) => d.qualifier === "more-than" || d.qualifier === "at-least",
  );
  if (bound) notes.push(t(locale, "chart.pictureBound", { value: bound.text }));
  if (encoding.points.some((p) => p.shape === "diamond")) notes.push(t(locale, "chart.pictureApprox"));
  return [...notes, ...model.notes];
}

/**
 * A chart as a standalone SVG picture for reports and slides: title, takeaway, the chart drawn from its encoding by
 * the same PlotSvg as the page (light palette, fixed colours), the notes, a short credit line, the permalink and the
 * date the data is as of. Rasterised unchanged to the PNG (chart-png.ts), so the two show the same picture.
 */
export function chartPictureSvg(bare: ChartModel, text: PictureText): string {
  const model = withChartWords(bare);
  const { width, height } = PICTURE_SIZE;
  const colors = palette.light;
  const inner = width - 2 * PAD;
  // Labels are placed for the picture's own plot size: a first pass finds the margins, the second the height.
  const draft = encodeChart(model, { plot: { width: inner - 64, height: 300 } });
  const title = wrap(model.spec.title, 26, inner, 600);
  const takeaway = wrap(model.takeaway, 16, inner);
  const notes = pictureNotes(model).flatMap((n) => wrap(n, 13, inner));
  const footer = [...wrap(text.credit, 13, inner), ...wrap(`${text.permalink} · ${text.dataAsOf}`, 13, inner)];
  let y = PAD + 26;
  const titleY = y;
  y += (title.length - 1) * 32 + 30;
  const takeawayY = y;
  y += (takeaway.length - 1) * 22 + 16;
  const footerY = height - PAD - (footer.length - 1) * 18;
  const notesY = footerY - 30 - (notes.length - 1) * 18;
  const chartTop = y + draft.margin.top;
  const chartBottom = notesY - 26 - draft.margin.bottom;
  const plot = {
    x: PAD + draft.margin.left,
    y: chartTop,
    width: inner - draft.margin.left - draft.margin.right,
    height: Math.max(160, chartBottom - chartTop),
  };
  const encoding = encodeChart(model, { plot });
  const lines = (items: string[], x: number, top: number, step: number) =>
    items.map((line, i) => (
      <tspan key={i} x={x} y={top + i * step}>
        {line}
      </tspan>
    ));
  const body = renderStaticMarkup(
    <>
      <rect width="100%" height="100%" style={{ fill: colors.surface }} />
      <text style={{ fill: colors.ink, fontSize: 26, fontWeight: 600 }}>{lines(title, PAD, titleY, 32)}</text>
      <text style={{ fill: colors.ink, fontSize: 16 }}>{lines(takeaway, PAD, takeawayY, 22)}</text>
      <g style={{ fontSize: 11 }}>
        <PlotSvg encoding={encoding} model={model} color={fixedColor(colors)} idPrefix="picture" frame={plot} />
      </g>
      <text style={{ fill: colors.ink, fontSize: 13 }} data-picture="notes">
        {lines(notes, PAD, notesY, 18)}
      </text>
      <text style={{ fill: colors.muted, fontSize: 13 }} data-picture="footer">
        {lines(footer, PAD, footerY, 18)}
      </text>
    </>,
    true,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${PICTURE_FONT}, 'DejaVu Sans', sans-serif">`,
    `<title>${renderStaticMarkup(model.spec.title)}</title>`,
    `<desc>${renderStaticMarkup(model.textAlternative)}</desc>`,
    body,
    `</svg>`,
  ].join("");
}
