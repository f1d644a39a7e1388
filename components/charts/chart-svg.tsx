import type { ChartDatum, ChartModel } from "@/data/chart-data";
import { abbreviateMonths, qualifierDescription } from "@/data/format-figure";
import { paletteTokenSlug, type PaletteToken } from "../palette";
import { TONE_TOKEN } from "./chart-config";
import { layoutChart, type LinePoint, type MarkShape } from "./svg-geometry";

/** Palette colours as CSS variables, so dark mode, print and data-theme apply without JavaScript. */
const color = (token: PaletteToken) => `var(--c-${paletteTokenSlug(token)})`;
const muted = color("muted");

/**
 * Inline styles only, no utility classes: the SVG needs no stylesheet but the palette variables, so the script-free
 * embed documents (the app/embed route handlers) draw it exactly as the site does.
 */
const LEGEND_STYLE = {
  display: "flex",
  flexWrap: "wrap",
  justifyContent: "center",
  columnGap: "1rem",
  rowGap: "0.25rem",
  listStyle: "none",
  margin: 0,
  padding: "0 0 0.25rem",
  fontSize: "0.75rem",
  lineHeight: "1rem",
  color: color("ink"),
} as const;

/** Plot margins in pixels: room for the y tick labels, the unit and lower-bound labels above, two-line x labels below. */
const MARGIN = { left: 52, right: 10, top: 30, bottom: 34 };

const SHAPE_PATH: Record<Exclude<MarkShape, "circle">, string> = {
  triangle: "M0,-6L6,4H-6Z",
  diamond: "M0,-5L5,0L0,5L-5,0Z",
};

function markTitle(seriesLabel: string, d: ChartDatum): string {
  const detail = d.qualifier === "derived" ? d.detail : `${d.detail} — ${qualifierDescription(d.qualifier)}`;
  const source = d.sources.length ? `\nSource: ${d.sources.join("; ")}` : "";
  return `${seriesLabel}: ${d.text}\n${detail}${source}`;
}

/** Writes "September 2025" as "Sep" over "2025", so eight round labels fit a phone-wide axis (the table has them in full). */
function AxisLabel({ x, label }: { x: string; label: string }) {
  const short = abbreviateMonths(label);
  const cut = short.lastIndexOf(" ");
  const lines = cut > 0 ? [short.slice(0, cut), short.slice(cut + 1)] : [short];
  return (
    <text y="100%" textAnchor="middle" style={{ fill: muted }} data-axis-label="x">
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={i === 0 ? 14 : 12}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function Point({ id, point, lone, fill }: { id: string; point: LinePoint; lone: boolean; fill: string }) {
  const x = `${point.x}%`;
  const y = `${point.y}%`;
  if (point.shape === "circle") return <circle cx={x} cy={y} r={lone ? 7 : 4} style={{ fill }} />;
  return <use href={`#${id}-${point.shape}`} x={x} y={y} style={{ fill }} />;
}

/**
 * Any chart model as static inline SVG: visible before any script runs, in print and without JavaScript.
 * Each mark carries a native tooltip with the figure as written, its qualifier and its source.
 */
export function ChartSvg({ model, className = "" }: { model: ChartModel; className?: string }) {
  const id = `svg-${model.spec.id}`;
  const geometry = layoutChart(model);
  const lowerBound = color("lowerBound");
  const labelled = [
    ...geometry.bars.filter((b) => b.lowerBound).map((b) => ({ x: b.x + b.width / 2, y: b.y, text: b.datum.text })),
    ...geometry.lines.flatMap((l) => l.points.filter((p) => p.lowerBound).map((p) => ({ x: p.x, y: p.y, text: p.datum.text }))),
  ];
  return (
    <div
      className={className || undefined}
      style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", fontSize: 11 }}
      data-chart-svg={model.spec.id}
    >
      {model.series.length > 1 && (
        <ul aria-hidden="true" style={LEGEND_STYLE}>
          {model.series.map((s) => (
            <li key={s.id} style={{ display: "flex", alignItems: "center", gap: "0.375rem" }}>
              <span
                style={{ display: "inline-block", width: 10, height: 10, borderRadius: "50%", background: color(TONE_TOKEN[s.tone]) }}
              />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <div style={{ position: "relative", minHeight: 0, flex: "1 1 0%" }}>
        <svg
          role="img"
          aria-label={model.textAlternative}
          style={{
            position: "absolute",
            overflow: "visible",
            display: "block",
            left: MARGIN.left,
            top: MARGIN.top,
            width: `calc(100% - ${MARGIN.left + MARGIN.right}px)`,
            height: `calc(100% - ${MARGIN.top + MARGIN.bottom}px)`,
          }}
        >
          <defs>
            <path id={`${id}-triangle`} d={SHAPE_PATH.triangle} />
            <path id={`${id}-diamond`} d={SHAPE_PATH.diamond} />
            <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="6" strokeWidth="2" style={{ stroke: color("surface") }} strokeOpacity="0.55" />
            </pattern>
          </defs>
          <text x={-MARGIN.left} y={-16} style={{ fill: muted }}>
            {model.spec.unit}
          </text>
          {geometry.yTicks.map((t) => (
            <g key={t.label}>
              <line x1="0" x2="100%" y1={`${t.at}%`} y2={`${t.at}%`} style={{ stroke: color("border") }} />
              <text x={-6} y={`${t.at}%`} dy="0.32em" textAnchor="end" style={{ fill: muted, fontVariantNumeric: "tabular-nums" }}>
                {t.label}
              </text>
            </g>
          ))}
          {geometry.xTicks.map((t) => (
            <AxisLabel key={t.label} x={`${t.at}%`} label={t.label} />
          ))}
          {geometry.markers.map((m, i) => (
            <g
              key={i}
              style={m.kind === "event" ? { fill: color("held"), stroke: color("held") } : { fill: muted, stroke: muted }}
              data-marker={m.kind}
            >
              <line x1={`${m.at}%`} x2={`${m.at}%`} y1="0" y2="100%" strokeDasharray={m.kind === "event" ? "1 3" : "4 4"} />
              {m.label && (
                <svg x={`${m.at}%`} y="100%" overflow="visible">
                  <text transform="rotate(-90)" x="4" y="-3" stroke="none">
                    {m.label}
                  </text>
                </svg>
              )}
            </g>
          ))}
          {geometry.bars.map((bar) => {
            const series = model.series[bar.seriesIndex]!;
            const fill = bar.lowerBound ? lowerBound : color(TONE_TOKEN[series.tone]);
            const rect = { x: `${bar.x}%`, y: `${bar.y}%`, width: `${bar.width}%`, height: `${bar.height}%` };
            return (
              <g key={`${bar.seriesIndex}-${bar.dataIndex}`} data-mark={bar.lowerBound ? "lower-bound" : "exact"}>
                <title>{markTitle(series.label, bar.datum)}</title>
                <rect {...rect} style={{ fill }} />
                {bar.lowerBound && <rect {...rect} fill={`url(#${id}-hatch)`} />}
              </g>
            );
          })}
          {geometry.lines.map((line) => {
            const series = model.series[line.seriesIndex]!;
            const stroke = color(TONE_TOKEN[line.tone]);
            return (
              <g key={series.id}>
                {line.segments.map((s, i) => (
                  <line
                    key={i}
                    x1={`${s.x1}%`}
                    y1={`${s.y1}%`}
                    x2={`${s.x2}%`}
                    y2={`${s.y2}%`}
                    strokeWidth="2"
                    strokeDasharray={s.dashed ? (line.tone === "derived" ? "6 4" : "3 3") : undefined}
                    style={{ stroke }}
                  />
                ))}
                {line.points.map((p) => (
                  <g key={p.dataIndex} data-mark={p.lowerBound ? "lower-bound" : "exact"}>
                    <title>{markTitle(series.label, p.datum)}</title>
                    <Point id={id} point={p} lone={line.lone} fill={p.lowerBound ? lowerBound : stroke} />
                  </g>
                ))}
              </g>
            );
          })}
          {labelled.map((l, i) => (
            <text key={i} x={`${l.x}%`} y={`${l.y}%`} dy="-10" textAnchor="middle" style={{ fill: color("ink"), fontWeight: 600 }}>
              ▲ {l.text}
            </text>
          ))}
        </svg>
      </div>
    </div>
  );
}
