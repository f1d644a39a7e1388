import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { PREFIXED_LOCALES, type Locale } from "../../data/text/locales";

/**
 * Every page type of the built site, in one place: the header, axe, no-JS and integrity tests all walk this list.
 * `pendingOn` names the branch that adds a route; such an entry is skipped while out/ lacks its file and runs
 * as soon as that branch is merged and built. Entries without it must exist, or the tests fail.
 */
export interface SitePage {
  type: string;
  path: string;
  /** The file in out/ that answers the path (404.html for a missing page). */
  file: string;
  status: 200 | 404;
  /** Any origin may frame it (only /embed/*). */
  frameable: boolean;
  /** An HTML page a reader sees (false for JSON and other downloads). */
  html: boolean;
  /** Open data (/data/*, /oembed/*): any origin's scripts may fetch it (Access-Control-Allow-Origin: *). */
  openData: boolean;
  pendingOn?: "compare" | "embed";
  /** The page's language: English pages keep their paths, the others live under /pl/, /be/, /ru/. */
  locale: Locale;
}

const OUT = join(process.cwd(), "out");

function page(type: string, path: string, file: string, extra: Partial<SitePage> = {}): SitePage {
  return { type, path, file, status: 200, frameable: false, html: true, openData: false, locale: "en", ...extra };
}

/** Each page type in a language other than English: the same path and file under the language's prefix. */
function localised(locale: Exclude<Locale, "en">): SitePage[] {
  const at = (type: string, path: string, extra: Partial<SitePage> = {}) =>
    page(`${type} (${locale})`, `/${locale}${path === "/" ? "" : path}`, `${locale}${path === "/" ? "" : path}.html`, { locale, ...extra });
  return [
    at("dashboard", "/"),
    at("round", "/rounds/2025-12"),
    at("rounds index", "/rounds"),
    at("sources", "/sources"),
    at("changes", "/changes"),
    at("compare picker", "/compare"),
    at("compare", "/compare/2025-12/2026-03"),
    at("chart", "/charts/releases-by-round"),
    at("embed chart", "/embed/releases-by-round", { frameable: true }),
    at("embed compare", "/embed/compare/2025-12/2026-03", { frameable: true }),
    page(`oEmbed JSON (${locale})`, `/${locale}/oembed/releases-by-round.json`, `${locale}/oembed/releases-by-round.json`, {
      html: false,
      openData: true,
      locale,
    }),
    page(`404 (${locale})`, `/${locale}/no-such-page`, "404.html", { status: 404, locale }),
  ];
}

export const sitePages: readonly SitePage[] = [
  page("dashboard", "/", "index.html"),
  page("round", "/rounds/2025-12", "rounds/2025-12.html"),
  page("rounds index", "/rounds", "rounds.html"),
  page("sources", "/sources", "sources.html"),
  page("changes", "/changes", "changes.html"),
  page("Atom feed", "/feed.xml", "feed.xml", { html: false }),
  page("404", "/no-such-page", "404.html", { status: 404 }),
  // serve answers a missing embed from 404.html with the site-wide headers: a 404 need not be frameable.
  page("404 under /embed", "/embed/no-such-chart", "404.html", { status: 404 }),
  page("compare picker", "/compare", "compare.html", { pendingOn: "compare" }),
  page("compare", "/compare/2025-12/2026-03", "compare/2025-12/2026-03.html", { pendingOn: "compare" }),
  page("chart", "/charts/releases-by-round", "charts/releases-by-round.html", { pendingOn: "embed" }),
  page("embed chart", "/embed/releases-by-round", "embed/releases-by-round.html", { frameable: true, pendingOn: "embed" }),
  page("embed compare", "/embed/compare/2025-12/2026-03", "embed/compare/2025-12/2026-03.html", { frameable: true, pendingOn: "embed" }),
  page("oEmbed JSON", "/oembed/releases-by-round.json", "oembed/releases-by-round.json", {
    html: false,
    openData: true,
    pendingOn: "embed",
  }),
  page("chart CSV", "/data/releases-by-round.csv", "data/releases-by-round.csv", { html: false, openData: true }),
  page("dataset JSON", "/data/dataset.json", "data/dataset.json", { html: false, openData: true }),
  ...PREFIXED_LOCALES.flatMap(localised),
];

export const htmlPages = sitePages.filter((p) => p.html);

export function isBuilt(p: SitePage): boolean {
  return existsSync(join(OUT, p.file));
}

/** Why a test of this page is skipped, or undefined when it must run. */
export function skipReason(p: SitePage): string | undefined {
  if (!p.pendingOn || isBuilt(p)) return undefined;
  return `${p.path}: out/${p.file} is not built yet (comes with the ${p.pendingOn} branch)`;
}

/** A static JavaScript chunk from out/, for tests of assets. */
export function firstScriptPath(): string {
  const chunk = readdirSync(join(OUT, "_next/static/chunks")).find((name) => name.endsWith(".js"));
  if (!chunk) throw new Error("no JavaScript chunk in out/_next/static/chunks: run npm run build");
  return `/_next/static/chunks/${chunk}`;
}
