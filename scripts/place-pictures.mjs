// A step of `npm run build`: the route handlers under app/pictures/ write every chart's and comparison's static
// picture to out/pictures/ (Next allows no file route beside the page routes /charts/[chart] and /compare/[a]/[b]);
// this moves them beside their pages, so /charts/<id>.svg|png and /compare/<a>/<b>.svg|png are the permalinks. Each
// language's pictures (app/[locale]/pictures, out/pl/pictures/…) go beside that language's pages (/pl/charts/<id>.svg).
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The languages with their own copy of the site under /<locale>/ (data/text/locales.ts: every locale but English). */
export const PICTURE_LOCALES = ["pl", "be", "ru"];

/**
 * Where a built picture goes: pictures/compare/a/b.png -> compare/a/b.png, pictures/x.svg -> charts/x.svg, and the same
 * under a language: pl/pictures/x.svg -> pl/charts/x.svg.
 */
export function picturePlace(path) {
  const parts = path.split(/[\\/]/);
  if (PICTURE_LOCALES.includes(parts[0])) {
    const place = picturePlace(parts.slice(1).join("/"));
    return place && join(parts[0], place);
  }
  if (parts[0] !== "pictures" || !/\.(svg|png)$/.test(path)) return undefined;
  return parts[1] === "compare" ? join("compare", ...parts.slice(2)) : join("charts", ...parts.slice(1));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? "out";
  const folders = [join(outDir, "pictures"), ...PICTURE_LOCALES.map((locale) => join(outDir, locale, "pictures"))];
  let placed = 0;
  for (const from of folders) {
    if (!existsSync(from)) throw new Error(`place-pictures: ${from} is missing; the picture routes wrote nothing`);
    const files = readdirSync(from, { recursive: true })
      .map(String)
      .map((f) => relative(outDir, join(from, f)))
      .filter((f) => picturePlace(f));
    if (files.length === 0) throw new Error(`place-pictures: no .svg or .png in ${from}`);
    for (const file of files) {
      const target = join(outDir, picturePlace(file));
      mkdirSync(dirname(target), { recursive: true });
      renameSync(join(outDir, file), target);
    }
    rmSync(from, { recursive: true });
    placed += files.length;
  }
  console.log(`place-pictures: ${placed} pictures beside their pages, in ${folders.length} languages`);
}
