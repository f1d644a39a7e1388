// @vitest-environment jsdom
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { EmbedDocument } from "@/components/embed/embed-document";
import { renderStaticMarkup } from "@/components/embed/static-markup";
import { buildChartModel } from "@/data/chart-data";
import { EMBED_THEME_MESSAGE_TYPE } from "@/data/embed-code";
import { EMBED_ATTRIBUTES, EMBED_DEFAULT_THEME, EMBED_NOTICE_SUFFIX, embedRuntimeScript } from "@/data/embed-runtime";
import { parseThemeQuery } from "@/data/query-params";
import { SCRIPT_LIKE, queryString, value } from "../data/query-arbitraries";

const model = buildChartModel("releases-by-round");
const documentHtml = renderStaticMarkup(
  <EmbedDocument
    model={model}
    sourceLine="Source: test"
    pageUrl="https://example.test/charts/x"
    csvUrl="https://example.test/data/x.csv"
    dataAsOf="Data as of 1 Jan 2027"
  />,
);
const body = documentHtml.slice(documentHtml.indexOf("<body>") + 6, documentHtml.indexOf("</body>"));
const elementCount = new DOMParser().parseFromString(body, "text/html").body.querySelectorAll("*").length;
const script = embedRuntimeScript();

/** Loads the embed's body at `?search`, runs the generated script, and reads what a reader would see. */
function runAt(search: string) {
  window.history.replaceState(null, "", `/embed/releases-by-round?${search}`);
  // A fresh copy of the embed's body, without re-parsing the SVG on each of thousands of runs.
  if (!document.querySelector(`[${EMBED_ATTRIBUTES.root}]`)) document.body.innerHTML = body;
  document.querySelectorAll(`[${EMBED_ATTRIBUTES.notice}]`).forEach((n) => n.remove());
  document.querySelector(`[${EMBED_ATTRIBUTES.root}]`)!.setAttribute("data-theme", EMBED_DEFAULT_THEME);
  new Function(script)();
  const notices = [...document.querySelectorAll(`[${EMBED_ATTRIBUTES.notice}]`)];
  return {
    search: window.location.search,
    theme: document.querySelector(`[${EMBED_ATTRIBUTES.root}]`)!.getAttribute("data-theme") ?? undefined,
    notices: notices.map((n) => n.textContent!.replace(EMBED_NOTICE_SUFFIX, "")),
    noticeChildren: notices.reduce((sum, n) => sum + n.children.length, 0),
    elements: document.body.querySelectorAll("*").length - notices.length,
  };
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("the embed runtime script", () => {
  it("is small: under 2 KiB before compression", () => {
    expect(script.length).toBeLessThan(2_500);
  });

  it("is light unless asked; applies ?theme=dark, ?theme=light and ?theme=auto (the system's) without a notice", () => {
    expect(runAt("")).toMatchObject({ theme: "light", notices: [] });
    expect(runAt("theme=dark")).toMatchObject({ theme: "dark", notices: [] });
    expect(runAt("theme=%20LIGHT%20")).toMatchObject({ theme: "light", notices: [] });
    expect(runAt("theme=auto")).toMatchObject({ theme: undefined, notices: [] });
  });

  it("takes a theme from its parent window's message, and ignores any other shape or sender", () => {
    runAt("");
    const root = () => document.querySelector(`[${EMBED_ATTRIBUTES.root}]`)!.getAttribute("data-theme");
    const send = (data: unknown, source: MessageEventSource | null = window.parent) =>
      window.dispatchEvent(new MessageEvent("message", { data, source }));
    send({ type: EMBED_THEME_MESSAGE_TYPE, theme: "dark" });
    expect(root()).toBe("dark");
    send({ type: EMBED_THEME_MESSAGE_TYPE, theme: "auto" });
    expect(root()).toBeNull();
    send({ type: EMBED_THEME_MESSAGE_TYPE, theme: "light" });
    for (const bad of [
      { type: EMBED_THEME_MESSAGE_TYPE, theme: "purple" },
      { type: "other", theme: "dark" },
      "dark",
      null,
      { theme: "dark" },
    ]) {
      send(bad);
      expect(root()).toBe("light");
    }
    const stranger = { postMessage() {} } as unknown as MessageEventSource;
    send({ type: EMBED_THEME_MESSAGE_TYPE, theme: "dark" }, stranger);
    expect(root()).toBe("light");
  });

  it("shows the parser's notice for a bad value, as text, before the title", () => {
    const seen = runAt("theme=purple");
    expect(seen).toMatchObject({ theme: "light", notices: ["Ignored theme=“purple”: expected light or dark or auto."] });
    expect(document.querySelector("[data-embed-notice] + h1")).not.toBeNull();
    expect(document.querySelector("[data-embed-notice]")!.getAttribute("role")).toBe("status");
  });

  it("keeps the link back in the top window when the frame has an origin", () => {
    runAt("");
    expect(document.querySelector(`a[${EMBED_ATTRIBUTES.back}]`)!.getAttribute("target")).toBe("_top");
  });

  it.each(SCRIPT_LIKE)("never turns %j into markup", (raw) => {
    const seen = runAt(`theme=${encodeURIComponent(raw)}`);
    expect(seen.noticeChildren).toBe(0);
    expect(seen.elements).toBe(elementCount);
  });

  it("decides exactly as parseThemeQuery on thousands of inputs", () => {
    const input = fc.oneof(
      queryString,
      fc.tuple(value, fc.boolean()).map(([v, encode]) => `theme=${encode ? encodeURIComponent(v) : v}`),
    );
    fc.assert(
      fc.property(input, (search) => {
        let seen: ReturnType<typeof runAt>;
        try {
          seen = runAt(search);
        } catch (error) {
          // Only the test's own address change may fail (an input jsdom cannot put in a URL), never the script.
          if (error instanceof DOMException) return fc.pre(false);
          throw error;
        }
        const expected = parseThemeQuery(seen.search);
        const theme = expected.value === "auto" ? undefined : (expected.value ?? EMBED_DEFAULT_THEME);
        expect({ theme: seen.theme, notices: seen.notices }).toEqual({ theme, notices: expected.notices });
        expect(seen.noticeChildren).toBe(0);
        expect(seen.elements).toBe(elementCount);
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);
});
