/**
 * The one script of the script-free embed documents, served as /embed-runtime.js (app/embed-runtime.js/route.ts).
 * No framework: it reads ?theme= by the rules of data/query-params.ts (generated from its constants, and held to
 * parseThemeQuery by tests/unit/components/embed-runtime.test.tsx), applies a theme the host page sends
 * ({ type: EMBED_THEME_MESSAGE_TYPE, theme }, from the parent window only), writes notices as text only, opens the link
 * back in a new window from an opaque-origin sandbox, and posts the content height to the host page.
 */
import { EMBED_MESSAGE_TYPE, EMBED_THEME_MESSAGE_TYPE } from "./embed-code";
import { MAX_NOTICE_VALUE_LENGTH, MAX_QUERY_LENGTH, THEME_VALUES, UNSAFE_NOTICE_CHARACTERS } from "./query-params";

export const EMBED_RUNTIME_PATH = "/embed-runtime.js";
/** Attributes the embed document marks its parts with, and the runtime looks for. */
export const EMBED_ATTRIBUTES = {
  /** The element that takes data-theme: the document's <main>. */
  root: "data-embed-root",
  /** The content whose height is posted; its value is the chart id. */
  content: "data-embed",
  /** Where notices go: they are inserted before this element. */
  noticeBefore: "data-embed-title",
  notice: "data-embed-notice",
  /** The link back to the chart page. */
  back: "data-embed-back",
  /**
   * On the root of an embed in another language than English: its notice for an ignored ?theme=, with a "{value}"
   * slot for the value as shown. English embeds have none and use the runtime's own words.
   */
  noticeText: "data-embed-notice-text",
} as const;
/** The slot of the ignored value in a localised notice (EMBED_ATTRIBUTES.noticeText). */
export const EMBED_NOTICE_VALUE_SLOT = "{value}";
export const EMBED_NOTICE_SUFFIX = " Showing the light theme.";
/** The theme an embed document is written with, and keeps unless ?theme= or the host's message asks otherwise. */
export const EMBED_DEFAULT_THEME = "light";

export function embedRuntimeScript(): string {
  const a = EMBED_ATTRIBUTES;
  const j = JSON.stringify;
  // Indentation is dropped from the served text: the script is read from the source above, and it keeps under 1 KiB gzipped.
  return `(function () {
  var allowed = ${j(THEME_VALUES)};
  function describe(value) {
    var characters = Array.from(value.replace(new RegExp(${j(UNSAFE_NOTICE_CHARACTERS.source)}, ${j(UNSAFE_NOTICE_CHARACTERS.flags)}), "?"));
    return characters.length > ${MAX_NOTICE_VALUE_LENGTH} ? characters.slice(0, ${MAX_NOTICE_VALUE_LENGTH}).join("") + "\\u2026" : characters.join("");
  }
  function parseTheme(search) {
    var raw = null;
    try { raw = new URLSearchParams(String(search).slice(0, ${MAX_QUERY_LENGTH})).get("theme"); } catch (e) {}
    if (raw === null) return { notices: [] };
    var value = raw.trim().toLowerCase();
    if (value === "") return { notices: [] };
    if (allowed.indexOf(value) >= 0) return { value: value, notices: [] };
    return { notices: [notice.replace(${j(EMBED_NOTICE_VALUE_SLOT)}, describe(raw))] };
  }
  var root = document.querySelector("[${a.root}]");
  var content = document.querySelector("[${a.content}]");
  if (!root || !content) return;
  var notice = root.getAttribute("${a.noticeText}") || "Ignored theme=\\u201c${EMBED_NOTICE_VALUE_SLOT}\\u201d: expected " + allowed.join(" or ") + ${j(`.${EMBED_NOTICE_SUFFIX}`)};
  function apply(value) {
    if (value === "auto") root.removeAttribute("data-theme");
    else root.setAttribute("data-theme", value);
    post();
  }
  var theme = parseTheme(window.location.search);
  var before = content.querySelector("[${a.noticeBefore}]");
  theme.notices.forEach(function (text) {
    var p = document.createElement("p");
    p.setAttribute("role", "status");
    p.setAttribute("${a.notice}", "");
    p.textContent = text;
    content.insertBefore(p, before);
  });
  var opaque = true;
  try { opaque = window.origin === "null"; } catch (e) {}
  if (opaque) {
    var links = document.querySelectorAll("a[${a.back}]");
    for (var i = 0; i < links.length; i++) links[i].setAttribute("target", "_blank");
  }
  function post() {
    try {
      if (window.parent === window) return;
      window.parent.postMessage({ type: ${j(EMBED_MESSAGE_TYPE)}, height: Math.ceil(content.getBoundingClientRect().height) }, "*");
    } catch (e) {}
  }
  if (theme.value) apply(theme.value);
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.source === window.parent && data && data.type === ${j(EMBED_THEME_MESSAGE_TYPE)} && allowed.indexOf(data.theme) >= 0) apply(data.theme);
  });
  post();
  if (typeof ResizeObserver !== "undefined") new ResizeObserver(post).observe(content);
  window.addEventListener("load", post);
})();
`.replace(/^ +/gm, "");
}
