// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { bootOnDemand, deferRuntime, onDemandSources } from "../../scripts/boot-on-demand.mjs";

/** The shape of a page as `next build` exports it (trimmed): runtime chunks in <head>, the RSC payload inline at the end. */
const exported = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>',
  '<script src="/_next/static/chunks/a-1.js" async=""></script>',
  '<script src="/_next/static/chunks/b-2.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills-3.js" noModule=""></script>',
  "</head><body><main><h1>123 released</h1></main>",
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script src="/_next/static/chunks/c-4.js" async=""></script>',
  "</body></html>",
].join("");

describe("deferRuntime (the build step)", () => {
  const deferred = deferRuntime(exported, "out/index.html");

  it("takes every runtime chunk and preload out of the HTML and hands them, in order, to the loader", () => {
    expect(deferred).not.toMatch(/<script src="\/_next\/static\/chunks\/[abc]-/);
    expect(deferred).not.toContain('rel="preload" as="script"');
    expect(onDemandSources(deferred)).toEqual([
      "/_next/static/chunks/a-1.js",
      "/_next/static/chunks/b-2.js",
      "/_next/static/chunks/c-4.js",
    ]);
  });

  it("keeps the content, the inline RSC payload and the legacy polyfills where they were", () => {
    expect(deferred).toContain("<main><h1>123 released</h1></main>");
    expect(deferred).toContain("<script>(self.__next_f=self.__next_f||[]).push([0])</script>");
    expect(deferred).toContain('<script src="/_next/static/chunks/polyfills-3.js" noModule=""></script>');
    expect(deferred.indexOf("data-boot-on-demand")).toBeGreaterThan(deferred.indexOf("self.__next_f"));
    expect(deferred.endsWith("</script></body></html>")).toBe(true);
  });

  it("is idempotent and leaves pages without the runtime (the embeds) alone", () => {
    expect(deferRuntime(deferred)).toBe(deferred);
    const embed = '<!DOCTYPE html><html><body><svg role="img"></svg><script src="/embed-runtime.js" defer></script></body></html>';
    expect(deferRuntime(embed)).toBe(embed);
    expect(onDemandSources(embed)).toEqual([]);
  });

  it("fails the build, naming the file, when Next's payload is there but its script tags are not recognised", () => {
    const moved = exported.replaceAll("/_next/static/", "/_next/elsewhere/");
    expect(() => deferRuntime(moved, "out/sources.html")).toThrow(/out\/sources\.html: has Next's payload but no runtime <script> tags/);
  });
});

describe("bootOnDemand (in the page)", () => {
  const sources = ["/_next/static/chunks/a-1.js", "/_next/static/chunks/b-2.js"];
  let observed: Element[];
  let fireIntersection: (isIntersecting: boolean) => void;

  beforeEach(() => {
    document.head.innerHTML = "";
    document.body.innerHTML = "<main><p>cards</p><figure><div data-island>chart</div></figure><span data-island>copy</span></main>";
    observed = [];
    vi.stubGlobal(
      "IntersectionObserver",
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          fireIntersection = (isIntersecting) => callback([{ isIntersecting }]);
        }
        observe(element: Element) {
          observed.push(element);
        }
        disconnect() {
          observed = [];
        }
      },
    );
  });
  afterEach(() => {
    // A loader that never booted still listens on window: let it boot now so it cannot act in the next test.
    window.dispatchEvent(new Event("keydown"));
    vi.unstubAllGlobals();
    window.history.replaceState(null, "", "/");
  });

  const loaded = () => [...document.head.querySelectorAll("script")].map((s) => s.getAttribute("src"));

  it("loads nothing while the reader only reads, and watches every interactive leaf", () => {
    bootOnDemand(sources);
    expect(loaded()).toEqual([]);
    expect(observed.map((e) => e.textContent)).toEqual(["chart", "copy"]);
    fireIntersection(false);
    expect(loaded()).toEqual([]);
  });

  it("loads the runtime once when an interactive leaf nears the viewport", () => {
    bootOnDemand(sources);
    fireIntersection(true);
    expect(loaded()).toEqual(sources);
    expect(observed).toEqual([]);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Tab", bubbles: true }));
    expect(loaded()).toEqual(sources);
  });

  it.each(["keydown", "pointerdown", "touchstart", "wheel"])("loads the runtime on the reader's first %s", (type) => {
    bootOnDemand(sources);
    document.body.dispatchEvent(new Event(type, { bubbles: true }));
    expect(loaded()).toEqual(sources);
    document.body.dispatchEvent(new Event(type, { bubbles: true }));
    expect(loaded()).toHaveLength(2);
  });

  it("loads the runtime at once when the address has a query string the page may read", () => {
    window.history.replaceState(null, "", "/compare?a=2025-09&b=2025-12");
    bootOnDemand(sources);
    expect(loaded()).toEqual(sources);
  });

  it("loads the runtime at once where IntersectionObserver is missing", () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    bootOnDemand(sources);
    expect(loaded()).toEqual(sources);
  });
});
