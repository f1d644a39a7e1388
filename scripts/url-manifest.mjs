// The English URLs already in the wild (embed codes, citations, oEmbed answers, downloads): a committed list of every
// path the site answered before the Polish, Belarusian and Russian editions, each with a fact that proves its content
// (a page's <title> and <h1>, an oEmbed answer's title, a CSV's header, a PNG's size). tests/e2e/english-urls.spec.ts
// checks that each still answers 200 with the same fact. Run `node scripts/url-manifest.mjs out` only to record URLs
// that a change adds on purpose; it writes tests/e2e/english-urls.json.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const decode = (text) =>
  text
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();

/** The fact that proves a file's content, from its body and its path: stable across builds, changed by a change of content. */
export function urlFact(path, body) {
  const text = () => body.toString("utf8");
  if (path.endsWith(".png")) {
    // IHDR: width and height, big-endian, at bytes 16–23.
    return { png: `${body.readUInt32BE(16)}x${body.readUInt32BE(20)}` };
  }
  if (path.endsWith(".json")) {
    const json = JSON.parse(text());
    return { json: typeof json.title === "string" ? json.title : Object.keys(json).join(",") };
  }
  if (path.endsWith(".csv")) return { csv: text().split(/\r?\n/)[0] };
  if (path.endsWith(".svg") || path.endsWith(".xml")) return { title: decode(/<title[^>]*>([\s\S]*?)<\/title>/.exec(text())?.[1] ?? "") };
  if (path.endsWith(".js") || path.endsWith(".txt")) return { bytes: body.length > 0 };
  const html = text();
  return {
    title: decode(/<title[^>]*>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? ""),
    h1: decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? ""),
  };
}

/** The URL a file of out/ answers: index.html -> /, rounds/2025-12.html -> /rounds/2025-12, data/x.csv -> /data/x.csv. */
export function urlOfFile(file) {
  const path = `/${file.split(/[\\/]/).join("/")}`;
  if (path === "/index.html") return "/";
  return path.endsWith(".html") ? path.slice(0, -".html".length) : path;
}

/** Files that are no URL of the site: Next's own assets and payloads, its internal 404 copies, host configuration. */
const internal = (file) =>
  file.startsWith("_next/") ||
  /(^|\/)(__next\.|_not-found)/.test(file) ||
  file === "404.html" ||
  file === "_headers" ||
  (file.endsWith(".txt") && file !== "robots.txt");

export function manifest(outDir) {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(outDir.length)
        .replace(/^[\\/]/, ""),
    )
    .filter((file) => !internal(file) && !/^(pl|be|ru)([\\/.]|$)/.test(file))
    .sort()
    .map((file) => ({ path: urlOfFile(file), ...urlFact(file, readFileSync(join(outDir, file))) }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? "out";
  const target = fileURLToPath(new URL("../tests/e2e/english-urls.json", import.meta.url));
  const entries = manifest(outDir);
  writeFileSync(target, `${JSON.stringify(entries, null, 2)}\n`);
  console.log(`url-manifest: ${entries.length} English URLs in tests/e2e/english-urls.json`);
}
