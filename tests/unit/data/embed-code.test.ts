// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  EMBED_FRAME_ATTRIBUTE,
  EMBED_HEIGHT,
  EMBED_MESSAGE_TYPE,
  embedResizeScript,
  iframeCode,
  responsiveEmbedCode,
} from "@/data/embed-code";

const target = { path: "/embed/releases-by-round", title: 'Released "after" talks & more' };

describe("embed code", () => {
  it("is a titled, full-width, lazy, borderless iframe on the site's absolute URL", () => {
    expect(iframeCode(target, "https://example.org")).toBe(
      `<iframe src="https://example.org/embed/releases-by-round" title="Released &quot;after&quot; talks &amp; more" width="100%" height="${EMBED_HEIGHT}" loading="lazy" style="border:0;width:100%" ${EMBED_FRAME_ATTRIBUTE}></iframe>`,
    );
  });

  it("adds the host script from the same origin for the responsive version", () => {
    expect(responsiveEmbedCode(target, "https://example.org")).toBe(
      `${iframeCode(target, "https://example.org")}\n<script src="https://example.org/embed-resize.js" async></script>`,
    );
  });
});

describe("host resize script", () => {
  let ours: HTMLIFrameElement;
  let other: HTMLIFrameElement;

  beforeEach(() => {
    document.body.innerHTML = `<iframe id="ours" ${EMBED_FRAME_ATTRIBUTE} height="520"></iframe><iframe id="other"></iframe>`;
    ours = document.getElementById("ours") as HTMLIFrameElement;
    other = document.getElementById("other") as HTMLIFrameElement;
    delete (window as unknown as Record<string, unknown>).__belarusReleasesEmbedResize;
    new Function(embedResizeScript())();
  });
  afterEach(() => {
    document.body.innerHTML = "";
  });

  const post = (source: Window | null, data: unknown) => window.dispatchEvent(new MessageEvent("message", { data, source }));

  it("resizes the iframe whose window sent the height", () => {
    post(ours.contentWindow, { type: EMBED_MESSAGE_TYPE, height: 431.2 });
    expect(ours.style.height).toBe("432px");
  });

  it("clamps the height to 200–2000 px", () => {
    post(ours.contentWindow, { type: EMBED_MESSAGE_TYPE, height: 50 });
    expect(ours.style.height).toBe("200px");
    post(ours.contentWindow, { type: EMBED_MESSAGE_TYPE, height: 1e9 });
    expect(ours.style.height).toBe("2000px");
  });

  it("ignores messages from other windows, of other types, or without a number", () => {
    post(other.contentWindow, { type: EMBED_MESSAGE_TYPE, height: 700 });
    post(window, { type: EMBED_MESSAGE_TYPE, height: 700 });
    post(ours.contentWindow, { type: "something-else", height: 700 });
    post(ours.contentWindow, { type: EMBED_MESSAGE_TYPE, height: "tall" });
    post(ours.contentWindow, "belarus-releases:height 700");
    expect(ours.style.height).toBe("");
    expect(other.style.height).toBe("");
  });
});
