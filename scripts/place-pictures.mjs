// A step of `npm run build`: the route handlers under app/pictures/ write every chart's and comparison's static
// picture to out/pictures/ (Next allows no file route beside the page routes /charts/[chart] and /compare/[a]/[b]);
// this moves them beside their pages, so /charts/<id>.svg|png and /compare/<a>/<b>.svg|png are the permalinks.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** Where a built picture goes: pictures/compare/a/b.png -> compare/a/b.png, pictures/x.svg -> charts/x.svg. */
export function picturePlace(path) {
  const parts = path.split(/[\\/]/);
  if (parts[0] !== "pictures" || !/\.(svg|png)$/.test(path)) return undefined;
  return parts[1] === "compare" ? join("compare", ...parts.slice(2)) : join("charts", ...parts.slice(1));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? "out";
  const from = join(outDir, "pictures");
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
  console.log(`place-pictures: ${files.length} pictures beside their pages`);
}
