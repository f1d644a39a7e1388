// The last step of `npm run build`: every exported App Router page loads the Next/React runtime when a reader needs it,
// not before the page is read. The HTML already carries everything a reader sees (headline cards, SVG charts, tables,
// citations); the runtime (~130 KiB gz) only adds the interactive leaves (chart tooltips, copy buttons, the
// query-string notice). Loading and hydrating it on a mid-range phone blocks the main thread for
// 150–250 ms, which is most of a page's Total Blocking Time, so the page asks for it only when one of these happens:
//   - an interactive leaf (an element with data-island) comes within 200 px of the viewport;
//   - the reader presses a key, a pointer or a finger, or turns a wheel;
//   - the address has a query string (a page may read it, e.g. /compare?a=…&b=…).
// The embeds are static documents without the runtime and are left as they are.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Next's runtime chunks, as the exported HTML references them. */
const RUNTIME_SCRIPT = /<script\b(?=[^>]*\ssrc="(\/_next\/static\/[^"]+\.js)")(?![^>]*\bnoModule\b)[^>]*><\/script>/gi;
const RUNTIME_PRELOAD = /<link\b(?=[^>]*\srel="preload")(?=[^>]*\sas="script")(?=[^>]*\shref="\/_next\/static\/[^"]+")[^>]*\/?>/gi;
export const BOOT_MARKER = "data-boot-on-demand";

/** Runs in the page, serialised with Function.prototype.toString, so it uses nothing from this module's scope. */
export function bootOnDemand(sources) {
  var booted = false;
  var observer;
  var events = ["pointerdown", "keydown", "touchstart", "wheel"];
  function boot() {
    if (booted) return;
    booted = true;
    if (observer) observer.disconnect();
    events.forEach(function (type) {
      removeEventListener(type, boot, true);
    });
    sources.forEach(function (src) {
      var script = document.createElement("script");
      script.src = src;
      script.async = true;
      document.head.appendChild(script);
    });
  }
  if (location.search || typeof IntersectionObserver === "undefined") return boot();
  events.forEach(function (type) {
    addEventListener(type, boot, { capture: true, passive: true });
  });
  observer = new IntersectionObserver(
    function (entries) {
      if (
        entries.some(function (entry) {
          return entry.isIntersecting;
        })
      )
        boot();
    },
    { rootMargin: "200px" },
  );
  document.querySelectorAll("[data-island]").forEach(function (island) {
    observer.observe(island);
  });
}

/**
 * One exported page with its runtime scripts replaced by the on-demand loader; pages without the runtime (the embeds)
 * come back unchanged. Throws when the runtime cannot be found where a page plainly has it, so a change in Next's
 * output fails the build instead of shipping a page that never becomes interactive.
 */
export function deferRuntime(html, file = "page") {
  if (html.includes(BOOT_MARKER)) return html;
  const sources = [];
  const withoutScripts = html.replace(RUNTIME_SCRIPT, (_tag, src) => {
    sources.push(src);
    return "";
  });
  if (sources.length === 0) {
    if (html.includes("self.__next_f"))
      throw new Error(`${file}: has Next's payload but no runtime <script> tags that boot-on-demand recognises`);
    return html;
  }
  const rest = withoutScripts.replace(RUNTIME_PRELOAD, "");
  if (!rest.includes("</body>")) throw new Error(`${file}: no </body> to put the on-demand loader before`);
  const loader = `<script ${BOOT_MARKER}>(${bootOnDemand.toString()})(${JSON.stringify(sources)})</script>`;
  return rest.replace("</body>", `${loader}</body>`);
}

/** The runtime scripts a page's loader would fetch (empty when the page has none). */
export function onDemandSources(html) {
  const match = new RegExp(`<script ${BOOT_MARKER}>[\\s\\S]*?\\}\\)\\((\\[[^\\]]*\\])\\)</script>`).exec(html);
  return match ? JSON.parse(match[1]) : [];
}

function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".html"))
    .map((f) => join(dir, f));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? "out";
  let deferred = 0;
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, "utf8");
    const next = deferRuntime(html, file);
    if (next !== html) {
      writeFileSync(file, next);
      deferred++;
    }
  }
  console.log(`boot-on-demand: ${deferred} pages load the Next runtime on demand`);
}
