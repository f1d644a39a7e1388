import type { ChartDatum, ChartModel } from "@/data/chart-data";
import { chartWords, withChartWords, type ChartWords } from "@/data/chart-words";
import { DEFAULT_LOCALE } from "@/data/text/locales";
import { paletteTokenSlug, type Palette, type PaletteToken } from "../palette";
import { encodeChart, LINE_HEIGHT, type ChartEncoding, type LabelMark, type PointMark } from "./encoding";

/** Palette colours as CSS variables (dark mode, print and data-theme apply without JavaScript), or fixed colours. */
export type ColorOf = (token: PaletteToken) => string;
export const cssColor: ColorOf = (token) => `var(--c-${paletteTokenSlug(token)})`;
export const fixedColor =
  (colors: Palette): ColorOf =>
  (token) =>
    colors[token];

function markTitle(seriesLabel: string, d: ChartDatum, words: ChartWords): string {
  const detail = d.qualifier === "derived" ? d.detail : `${d.detail} — ${words.qualifiers[d.qualifier]}`;
  const source = d.sources.length ? `\n${words.source}: ${d.sources.join("; ")}` : "";
  return `${seriesLabel}: ${d.text}\n${detail}${source}`;
}

/** An upward arrow from the stated value: the true number is higher. Drawn the same by chart-config's plugin. */
export const ARROW_PATH = "M0,0V-14M-4,-9L0,-14L4,-9";
export const ARROW_BASE = "M-6,0H6";
const DIAMOND = (r: number) => `M0,${-r}L${r},0L0,${r}L${-r},0Z`;

/** A label at a plot position (percent) shifted by pixels: dx and dy on each line, no wrapper element. */
function Text({ label, color }: { label: LabelMark; color: ColorOf }) {
  const n = label.lines.length;
  const x = `${label.x}%`;
  const style = { fill: color(label.color), fontWeight: label.weight === 600 ? 600 : undefined };
  return (
    <text x={x} y={`${label.y}%`} textAnchor={label.anchor === "start" ? undefined : label.anchor} style={style} data-label={label.role}>
      {label.lines.map((line, i) => (
        <tspan key={i} x={x} dx={label.dx || undefined} dy={i === 0 ? label.dy - (n - 1) * LINE_HEIGHT : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function Point({ point, color }: { point: PointMark; color: ColorOf }) {
  const c = color(point.color);
  const shape =
    point.shape === "circle" ? (
      <circle r={point.size} style={{ fill: c }} />
    ) : point.shape === "ring" ? (
      <circle r={point.size} strokeWidth="2.5" style={{ fill: "none", stroke: c }} />
    ) : point.shape === "diamond" ? (
      <path d={DIAMOND(point.size)} strokeWidth="2" style={{ fill: color("surface"), stroke: c }} />
    ) : (
      <g strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" style={{ fill: "none", stroke: c }}>
        <path d={ARROW_BASE} />
        <path d={ARROW_PATH} />
      </g>
    );
  return (
    <svg x={`${point.x}%`} y={`${point.y}%`} overflow="visible" data-point-shape={point.shape}>
      {shape}
    </svg>
  );
}

/** The plot of an encoding as SVG: axes, grid, annotations, bars, lines, points, labels and legend. */
export function PlotSvg({
  encoding,
  model,
  color,
  idPrefix,
  frame,
}: {
  encoding: ChartEncoding;
  model: ChartModel;
  color: ColorOf;
  idPrefix: string;
  /** Inline: CSS places the plot inside its box. Standalone: attributes place it inside a bigger SVG picture. */
  frame: { x: number; y: number; width: number; height: number } | "inline";
}) {
  const { margin } = encoding;
  const muted = color("muted");
  const words = model.words ?? chartWords(model.locale ?? DEFAULT_LOCALE);
  const placement =
    frame === "inline"
      ? {
          style: {
            position: "absolute",
            overflow: "visible",
            display: "block",
            left: margin.left,
            top: margin.top,
            width: `calc(100% - ${margin.left + margin.right}px)`,
            height: `calc(100% - ${margin.top + margin.bottom}px)`,
          } as const,
        }
      : { ...frame, overflow: "visible" };
  return (
    <svg
      role="img"
      aria-label={model.textAlternative}
      data-plot={encoding.id}
      data-axes={JSON.stringify({
        x: { min: encoding.x.min, max: encoding.x.max, ticks: encoding.x.ticks.map((t) => t.lines.join(" ")) },
        y: { min: encoding.y.min, max: encoding.y.max, ticks: encoding.y.ticks.map((t) => t.lines.join(" ")) },
      })}
      {...placement}
    >
      <defs>
        <pattern id={`${idPrefix}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" strokeWidth="2" style={{ stroke: color("surface") }} strokeOpacity="0.6" />
        </pattern>
        <linearGradient id={`${idPrefix}-fade`} x1="0" y1="1" x2="0" y2="0">
          <stop offset="0" style={{ stopColor: color("lowerBound") }} />
          <stop offset="0.55" style={{ stopColor: color("lowerBound") }} stopOpacity="0.75" />
          <stop offset="1" style={{ stopColor: color("lowerBound") }} stopOpacity="0.05" />
        </linearGradient>
      </defs>
      {encoding.y.ticks.map((t) => (
        <g key={t.value} data-tick="y">
          <line x1="0" x2="100%" y1={`${t.at}%`} y2={`${t.at}%`} style={{ stroke: color("border") }} />
          <text x={-6} y={`${t.at}%`} dy="0.32em" textAnchor="end" style={{ fill: muted, fontVariantNumeric: "tabular-nums" }}>
            {t.lines.join(" ")}
          </text>
        </g>
      ))}
      {encoding.x.ticks.map((t) => (
        <text key={t.value} y="100%" textAnchor="middle" style={{ fill: muted }} data-tick="x">
          {t.lines.map((line, i) => (
            <tspan key={i} x={`${t.at}%`} dy={i === 0 ? 14 + t.row * 24 : 12}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      {encoding.annotations.map((a, i) => (
        <g key={i} data-annotation={a.kind}>
          <line x1={`${a.x}%`} x2={`${a.x}%`} y1="0" y2="100%" strokeDasharray={a.dash.join(" ")} style={{ stroke: color(a.color) }} />
        </g>
      ))}
      {encoding.bars.map((bar) => {
        const series = model.series[bar.seriesIndex]!;
        const rect = { x: `${bar.x}%`, y: `${bar.top}%`, width: `${bar.width}%`, height: `${bar.base - bar.top}%` };
        return (
          <g key={`${bar.seriesIndex}-${bar.dataIndex}`} data-mark={bar.lowerBound ? "lower-bound" : "exact"} data-bar={series.id}>
            <title>{markTitle(series.label, bar.datum, words)}</title>
            {bar.lowerBound ? (
              <>
                <rect {...rect} fill={`url(#${idPrefix}-fade)`} />
                <rect {...rect} fill={`url(#${idPrefix}-hatch)`} />
                <svg x={`${bar.x + bar.width / 2}%`} y={`${bar.top}%`} overflow="visible">
                  <g strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" style={{ fill: "none", stroke: color(bar.color) }}>
                    <path d={ARROW_PATH} />
                  </g>
                </svg>
              </>
            ) : (
              <rect {...rect} style={{ fill: color(bar.color) }} />
            )}
          </g>
        );
      })}
      {encoding.lines.map((line) => (
        <g key={`line-${line.seriesIndex}`} data-line={model.series[line.seriesIndex]!.id}>
          {line.path.slice(1).map((p, i) => (
            <line
              key={i}
              x1={`${line.path[i]!.x}%`}
              y1={`${line.path[i]!.y}%`}
              x2={`${p.x}%`}
              y2={`${p.y}%`}
              strokeWidth="2"
              strokeLinecap="round"
              style={{ stroke: color(line.color) }}
            />
          ))}
        </g>
      ))}
      {encoding.points.map((p) => (
        <g key={`${p.seriesIndex}-${p.dataIndex}`} data-mark={p.shape === "arrow-up" ? "lower-bound" : "exact"}>
          <title>{markTitle(model.series[p.seriesIndex]!.label, p.datum, words)}</title>
          <Point point={p} color={color} />
        </g>
      ))}
      {encoding.annotations.map((a) => (
        <Text key={a.label.key} label={a.label} color={color} />
      ))}
      {encoding.labels.map((l) => (
        <Text key={l.key} label={l} color={color} />
      ))}
      {encoding.legend.map((entry) => (
        <g key={entry.label} data-legend>
          <rect x={entry.dx} y={entry.dy - 9} width="10" height="10" style={{ fill: color(entry.color) }} />
          {entry.hatched && <rect x={entry.dx} y={entry.dy - 9} width="10" height="10" fill={`url(#${idPrefix}-hatch)`} />}
          <text x={entry.dx + 14} y={entry.dy} style={{ fill: color("ink") }}>
            {entry.label}
          </text>
        </g>
      ))}
    </svg>
  );
}

/**
 * Any chart model as static inline SVG: visible before any script runs, in print and without JavaScript. It draws
 * the chart's encoding (encoding.ts), as chart.js does once it loads. Each mark carries a native tooltip with the
 * figure as written, its qualifier and its source.
 */
export function ChartSvg({ model: bare, className = "" }: { model: ChartModel; className?: string }) {
  const model = withChartWords(bare);
  const encoding = encodeChart(model);
  return (
    <div
      className={className || undefined}
      style={{ position: "relative", width: "100%", height: "100%", fontSize: 11 }}
      data-chart-svg={model.spec.id}
    >
      <PlotSvg encoding={encoding} model={model} color={cssColor} idPrefix={`svg-${model.spec.id}`} frame="inline" />
    </div>
  );
}
