import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { sitePages, type SitePage } from "../e2e/pages";
import { corsProblems, policyProblems } from "../e2e/security-policy";

/*
 * The same policy is written three times, once per host: serve.json (npm start), public/_headers (Cloudflare Pages)
 * and docs/nginx.conf. Each file is evaluated here the way its host does, for every page type, so they cannot drift.
 */
const root = process.cwd();
const read = (file: string) => readFileSync(join(root, file), "utf8");
type Headers = Record<string, string>;

// serve-handler matches header rules with its own copy of minimatch against the served file's path.
const requireFromServe = createRequire(createRequire(join(root, "package.json")).resolve("serve-handler"));
const minimatch = requireFromServe("minimatch") as (path: string, pattern: string) => boolean;

interface ServeConfig {
  headers: { source: string; headers: { key: string; value: string }[] }[];
}

function serveHeaders(file: string): Headers {
  const config = JSON.parse(read("serve.json")) as ServeConfig;
  const served = posix.resolve("/", file);
  const result: Headers = {};
  for (const rule of config.headers) {
    const pattern = rule.source.startsWith("!") ? `!${posix.join("/", rule.source.slice(1))}` : posix.join("/", rule.source);
    if (minimatch(served, pattern)) for (const { key, value } of rule.headers) result[key] = value;
  }
  return result;
}

/** Cloudflare Pages: every rule whose path matches applies in order; "! Name" detaches, repeats are joined. */
function cloudflareHeaders(urlPath: string): Headers {
  const result: Headers = {};
  let applies = false;
  for (const line of read("public/_headers").split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
          .replace(/\*/g, ".*")}$`,
      );
      applies = pattern.test(urlPath);
      continue;
    }
    if (!applies) continue;
    const entry = line.trim();
    if (entry.startsWith("!")) {
      delete result[entry.slice(1).trim()];
      continue;
    }
    const colon = entry.indexOf(":");
    const [name, value] = [entry.slice(0, colon).trim(), entry.slice(colon + 1).trim()];
    result[name] = result[name] ? `${result[name]}, ${value}` : value;
  }
  return result;
}

/** nginx: `add_header` lines of the server block, with variables resolved through the file's regex maps. */
function nginxHeaders(uri: string): Headers {
  const conf = read("docs/nginx.conf");
  const maps = new Map<string, { pattern: RegExp | "default"; value: string }[]>();
  for (const [, variable, body] of conf.matchAll(/map \$uri \$(\w+) \{([^}]*)\}/g)) {
    const entries = [...body!.matchAll(/^\s*(\S+)\s+"(.*)";/gm)].map(([, key, value]) => ({
      pattern: key === "default" ? ("default" as const) : new RegExp(key!.replace(/^~/, "")),
      value: value!,
    }));
    maps.set(variable!, entries);
  }
  const resolve = (variable: string) => {
    const entries = maps.get(variable) ?? [];
    const hit = entries.find((e) => e.pattern !== "default" && e.pattern.test(uri)) ?? entries.find((e) => e.pattern === "default");
    return hit?.value ?? "";
  };
  const result: Headers = {};
  for (const [, name, quoted, bare] of conf.matchAll(/^\s*add_header (\S+) (?:"(.*)"|(\$\w+)) always;/gm)) {
    const value = (quoted ?? bare!).replace(/\$(\w+)/g, (_, v: string) => resolve(v));
    if (value !== "") result[name!] = value;
  }
  return result;
}

/** The path the host looks up: serve reads the file, nginx's $uri ends on /404.html for a missing page. */
const nginxUri = (p: SitePage) => (p.status === 404 ? "/404.html" : p.path);

describe("security headers: serve.json, public/_headers and docs/nginx.conf", () => {
  it.each(sitePages.map((p) => [p.type, p] as const))("%s follows the policy on every host", (_, p) => {
    expect(policyProblems(serveHeaders(p.file), p.frameable), "serve.json").toEqual([]);
    expect(policyProblems(nginxHeaders(nginxUri(p)), p.frameable), "docs/nginx.conf").toEqual([]);
    // Cloudflare matches the requested URL, so its 404 under /embed/ stays frameable; harmless, and not compared.
    if (!(p.status === 404 && p.path.startsWith("/embed/"))) {
      expect(policyProblems(cloudflareHeaders(p.path), p.frameable), "public/_headers").toEqual([]);
    }
  });

  it.each(sitePages.map((p) => [p.type, p] as const))("%s gets identical header values from every host", (_, p) => {
    const serve = serveHeaders(p.file);
    expect(nginxHeaders(nginxUri(p))).toEqual(serve);
    if (!(p.status === 404 && p.path.startsWith("/embed/"))) expect(cloudflareHeaders(p.path)).toEqual(serve);
  });

  it.each(sitePages.map((p) => [p.type, p] as const))("%s is open to other origins on every host only if it is open data", (_, p) => {
    expect(corsProblems(serveHeaders(p.file), p.openData), "serve.json").toEqual([]);
    expect(corsProblems(nginxHeaders(nginxUri(p)), p.openData), "docs/nginx.conf").toEqual([]);
    if (p.status !== 404) expect(corsProblems(cloudflareHeaders(p.path), p.openData), "public/_headers").toEqual([]);
  });

  it("opens every data file and oEmbed answer, comparisons included, and no page", () => {
    for (const path of [
      "/data/dataset.csv",
      "/data/datapackage.json",
      "/oembed/compare/2025-12/2026-03.json",
      "/oembed/releases-by-round.svg",
    ]) {
      expect(corsProblems(serveHeaders(path.slice(1)), true), path).toEqual([]);
      expect(corsProblems(cloudflareHeaders(path), true), path).toEqual([]);
      expect(corsProblems(nginxHeaders(path), true), path).toEqual([]);
    }
    expect(corsProblems(serveHeaders("embed/data/x.html"), false)).toEqual([]);
    expect(corsProblems(nginxHeaders("/embed/data/x"), false)).toEqual([]);
  });

  it("applies the policy to static assets and keeps directory listings off", () => {
    for (const headers of [
      serveHeaders("_next/static/chunks/a.js"),
      cloudflareHeaders("/_next/static/chunks/a.js"),
      nginxHeaders("/_next/static/chunks/a.js"),
    ]) {
      expect(policyProblems(headers, false)).toEqual([]);
    }
    expect(JSON.parse(read("serve.json"))).toMatchObject({ directoryListing: false, cleanUrls: true });
  });

  it("would catch a host that frames the dashboard or forgets nosniff", () => {
    expect(policyProblems({ ...serveHeaders("index.html"), "X-Frame-Options": "SAMEORIGIN" }, false)).toHaveLength(1);
    expect(policyProblems(serveHeaders("embed/x.html"), false).join("\n")).toMatch(/frame-ancestors/);
    const withoutNosniff = serveHeaders("index.html");
    delete withoutNosniff["X-Content-Type-Options"];
    expect(policyProblems(withoutNosniff, false)).toEqual([expect.stringContaining("X-Content-Type-Options")]);
  });
});
