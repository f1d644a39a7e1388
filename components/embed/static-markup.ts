import { Fragment, isValidElement, type ReactElement, type ReactNode } from "react";

/**
 * Server components to an HTML string, for route handlers that answer with a whole document (the script-free embeds).
 * Next refuses react-dom/server in the App Router's server layer, so this walks the element tree itself. It supports
 * what synchronous, hook-free server components produce (intrinsic elements, function components, fragments, text,
 * style objects, dangerouslySetInnerHTML) and throws on anything else rather than guessing. tests/unit/components/
 * static-markup.test.tsx holds it to React's own renderToStaticMarkup for every chart and embed.
 */

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const ALIASES: Record<string, string> = { className: "class", htmlFor: "for", charSet: "charset", httpEquiv: "http-equiv" };
/** SVG attributes that are camelCase in SVG itself (React passes them through unchanged). */
const CAMEL_SVG = new Set([
  "viewBox",
  "preserveAspectRatio",
  "patternUnits",
  "patternContentUnits",
  "patternTransform",
  "gradientUnits",
  "gradientTransform",
  "markerWidth",
  "markerHeight",
  "markerUnits",
  "clipPathUnits",
  "maskUnits",
  "maskContentUnits",
  "textLength",
  "lengthAdjust",
  "startOffset",
]);
const BOOLEAN = new Set(["hidden", "async", "defer", "disabled", "checked", "selected", "open", "required", "readOnly", "multiple"]);
/** CSS properties whose numbers carry no unit (the subset of React's list that a chart or document could use). */
const UNITLESS = new Set([
  "flex",
  "flexGrow",
  "flexShrink",
  "fontWeight",
  "lineHeight",
  "opacity",
  "order",
  "zIndex",
  "zoom",
  "fillOpacity",
  "strokeOpacity",
  "strokeWidth",
]);
const SKIPPED_PROPS = new Set(["children", "key", "ref", "dangerouslySetInnerHTML", "suppressHydrationWarning"]);

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const hyphenate = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function styleText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, value]) => value !== null && value !== undefined && value !== "" && typeof value !== "boolean")
    .map(([name, value]) => {
      const css = name.startsWith("--") ? name : hyphenate(name);
      const text = typeof value === "number" && value !== 0 && !UNITLESS.has(name) ? `${value}px` : String(value).trim();
      return `${css}:${text}`;
    })
    .join(";");
}

function attributes(props: Record<string, unknown>, svg: boolean): string {
  let out = "";
  for (const [name, value] of Object.entries(props)) {
    if (SKIPPED_PROPS.has(name) || value === null || value === undefined || typeof value === "function") continue;
    if (name === "style") {
      const text = styleText(value as Record<string, unknown>);
      if (text) out += ` style="${escapeHtml(text)}"`;
      continue;
    }
    // HTML attribute names are case-insensitive and written as given; SVG presentation attributes are hyphenated.
    const attribute = ALIASES[name] ?? (!svg || CAMEL_SVG.has(name) ? name : hyphenate(name));
    if (BOOLEAN.has(name)) {
      if (value) out += ` ${attribute}=""`;
      continue;
    }
    if (typeof value === "boolean" && !/^(data|aria)-/.test(name)) continue;
    out += ` ${attribute}="${escapeHtml(String(value))}"`;
  }
  return out;
}

export function renderStaticMarkup(node: ReactNode, svg = false): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return escapeHtml(String(node));
  if (Array.isArray(node)) return node.map((child: ReactNode) => renderStaticMarkup(child, svg)).join("");
  if (!isValidElement(node)) throw new Error(`renderStaticMarkup cannot render ${Object.prototype.toString.call(node)}`);
  const element = node as ReactElement<Record<string, unknown>>;
  const { type, props } = element;
  if (type === Fragment) return renderStaticMarkup(props.children as ReactNode, svg);
  if (typeof type === "function") {
    const rendered = (type as (p: typeof props) => unknown)(props);
    if (rendered instanceof Promise) throw new Error("renderStaticMarkup renders synchronous components only");
    return renderStaticMarkup(rendered as ReactNode, svg);
  }
  if (typeof type !== "string") throw new Error("renderStaticMarkup renders intrinsic elements, fragments and functions only");
  const inSvg = svg || type === "svg";
  const open = `<${type}${attributes(props, inSvg)}`;
  if (VOID.has(type)) return `${open}/>`;
  const inner =
    (props.dangerouslySetInnerHTML as { __html?: string } | undefined)?.__html ?? renderStaticMarkup(props.children as ReactNode, inSvg);
  return `${open}>${inner}</${type}>`;
}
