import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { urlFact, type UrlEntry } from "../../scripts/url-manifest.mjs";

/**
 * Every English URL the site answered before the Polish, Belarusian and Russian editions (tests/e2e/english-urls.json,
 * recorded from out/ by scripts/url-manifest.mjs) still answers 200 with the same content: a page's <title> and <h1>,
 * an oEmbed answer's title, a CSV's header, a picture's title or size. Embed codes and citations in the wild use them.
 */
const entries = JSON.parse(readFileSync(new URL("./english-urls.json", import.meta.url), "utf8")) as UrlEntry[];
const groups = new Map<string, UrlEntry[]>();
for (const entry of entries) {
  const group = entry.path.split("/")[1] || "/";
  groups.set(group, [...(groups.get(group) ?? []), entry]);
}

test.describe("every English URL still answers with the same content", () => {
  test("the manifest holds every kind of URL", () => {
    expect(entries.length).toBeGreaterThan(300);
    for (const path of [
      "/",
      "/rounds/2025-12",
      "/embed/releases-by-round",
      "/oembed/releases-by-round.json",
      "/charts/releases-by-round.png",
      "/data/dataset.csv",
      "/feed.xml",
    ]) {
      expect(entries.map((e) => e.path)).toContain(path);
    }
  });

  for (const [group, list] of groups) {
    test(`${group} (${list.length} URLs)`, async ({ request }) => {
      for (const { path, ...fact } of list) {
        const response = await request.get(path, { maxRedirects: 0 });
        expect(response.status(), path).toBe(200);
        expect(urlFact(path, await response.body()), path).toEqual(fact);
      }
    });
  }
});
