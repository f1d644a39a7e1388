// npm run bench:growth — how build time and page weight grow with the dataset. For each factor k (default 1, 10, 100)
// it copies the repository to a temporary folder (node_modules hard-linked, not copied), appends a synthetic but valid
// dataset of k× the rounds and figures (the real entries stay, so every validation and derivation still runs), builds,
// and prints build time, page count (in all and per language: English at the root, the others under out/pl, out/be,
// out/ru), the heaviest page's bytes, and the number and bytes of all files in out/, so growth can be read against the
// number of pages. The generator is scripts/grow-dataset.mjs. Options: --k=1,10 --keep.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { growDataset } from "./grow-dataset.mjs";
import { htmlFilesUnder, pageWeight } from "./page-weight.mjs";
import { PICTURE_LOCALES } from "./place-pictures.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = new Map(
  process.argv
    .slice(2)
    .map((a) => a.replace(/^--/, "").split("="))
    .map(([k, v]) => [k, v ?? "true"]),
);
const factors = (args.get("k") ?? "1,10,100").split(",").map(Number);
const SKIP = new Set(["node_modules", ".next", "out", ".git", "test-results", "playwright-report", "coverage"]);

function copyRepo(target) {
  for (const entry of readdirSync(root)) {
    if (SKIP.has(entry)) continue;
    cpSync(join(root, entry), join(target, entry), { recursive: true });
  }
  // Hard links cost no space or time; Turbopack refuses a node_modules symlink that points outside the project.
  const linked = spawnSync("cp", ["-al", join(root, "node_modules"), join(target, "node_modules")], { stdio: "inherit" });
  if (linked.status !== 0) symlinkSync(join(root, "node_modules"), join(target, "node_modules"), "dir");
}

const readData = (dir, name) => JSON.parse(readFileSync(join(dir, "data", `${name}.json`), "utf8"));
const writeData = (dir, name, value) => writeFileSync(join(dir, "data", `${name}.json`), `${JSON.stringify(value, null, 2)}\n`);

/** Writes the k× dataset of scripts/grow-dataset.mjs over the copy's data files. */
function growDataFiles(dir, k) {
  const real = { rounds: readData(dir, "rounds"), figures: readData(dir, "figures"), series: readData(dir, "series") };
  const grown = growDataset(real, k);
  for (const name of ["rounds", "figures", "series"]) writeData(dir, name, grown[name]);
  growTranslations(dir, real, grown);
  return { rounds: grown.rounds.rounds.length, figures: grown.figures.figures.length };
}

/**
 * The other languages need every synthetic entry translated, or their pages fail validation: a synthetic round takes
 * the translations of the round it was cloned from, with its own label and note in English; a synthetic figure its
 * English label. (Words cost the same bytes either way; this measures pages and build time, not translations.)
 */
function growTranslations(dir, real, grown) {
  const realRounds = new Set(real.rounds.rounds.map((r) => r.id));
  const realFigures = new Set(real.figures.figures.map((f) => f.id));
  const template = real.rounds.rounds.at(-1).id;
  for (const locale of PICTURE_LOCALES) {
    const file = join(dir, "data", "translations", `${locale}.json`);
    const translations = JSON.parse(readFileSync(file, "utf8"));
    const fromTemplate = Object.fromEntries(Object.entries(translations.rounds[template]).filter(([key]) => !key.startsWith("notes.")));
    for (const round of grown.rounds.rounds.filter((r) => !realRounds.has(r.id))) {
      const notes = Object.fromEntries(round.notes.map((note, i) => [`notes.${i}`, note]));
      translations.rounds[round.id] = { ...fromTemplate, label: round.label, ...notes };
    }
    for (const figure of grown.figures.figures.filter((f) => !realFigures.has(f.id))) {
      translations.figures[figure.id] = { label: figure.label, ...(figure.note ? { note: figure.note } : {}) };
    }
    writeFileSync(file, `${JSON.stringify(translations, null, 2)}\n`);
  }
}

/** Every file under out/ (pages, route-handler files, scripts, styles, images) and their bytes on disk. */
function outFiles(outDir) {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return { files: files.length, bytes: files.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0) };
}

/** HTML pages per language: a localised page is out/<locale>.html or under out/<locale>/; every other page is English. */
function pagesPerLanguage(outDir, pages) {
  const languageOf = (file) =>
    PICTURE_LOCALES.find((l) => file.startsWith(join(outDir, l, "/")) || file === join(outDir, `${l}.html`)) ?? "en";
  const counts = Object.fromEntries(["en", ...PICTURE_LOCALES].map((l) => [l, 0]));
  for (const file of pages) counts[languageOf(file)]++;
  return counts;
}

function measure(outDir) {
  const pages = htmlFilesUnder(outDir, ".");
  const weights = pages.map((file) => ({ ...pageWeight(outDir, file), size: statSync(file).size }));
  const largest = weights.reduce((a, b) => (b.htmlBytes > a.htmlBytes ? b : a));
  const heaviestJs = weights.reduce((a, b) => (b.totalJsGz > a.totalJsGz ? b : a));
  const dashboard = weights.find((w) => w.file === join(outDir, "index.html"));
  const totalHtml = weights.reduce((s, w) => s + w.htmlBytes, 0);
  return {
    pages: pages.length,
    perLanguage: pagesPerLanguage(outDir, pages),
    largest,
    heaviestJs,
    dashboard,
    totalHtml,
    ...outFiles(outDir),
  };
}

const kib = (bytes) => (bytes / 1024).toFixed(1);
const rows = [];
for (const k of factors) {
  const dir = mkdtempSync(join(tmpdir(), `bench-growth-k${k}-`));
  try {
    copyRepo(dir);
    const counts =
      k > 1 ? growDataFiles(dir, k) : { rounds: readData(dir, "rounds").rounds.length, figures: readData(dir, "figures").figures.length };
    process.stderr.write(`k=${k}: ${counts.rounds} rounds, ${counts.figures} figures: building in ${dir}\n`);
    const started = performance.now();
    // The same build as `npm run build`: next build, then the on-demand runtime step.
    const build = spawnSync("npm", ["run", "build"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    if (build.status !== 0) {
      process.stderr.write(`${build.stdout}\n${build.stderr}\n`);
      rows.push({ k, ...counts, failed: true, seconds });
      continue;
    }
    rows.push({ k, ...counts, seconds, ...measure(join(dir, "out")) });
  } finally {
    if (args.get("keep") !== "true") rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  "\n| k | rounds | figures | pages | pages en/pl/be/ru | build s | dashboard KiB | largest page | HTML KiB | HTML gz KiB | its JS gz KiB | max JS gz KiB (page) | all HTML MiB | files in out/ | out/ MiB |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const r of rows) {
  if (r.failed) {
    console.log(`| ${r.k} | ${r.rounds} | ${r.figures} | build failed | | ${r.seconds.toFixed(1)} | | | | | | | | | |`);
    continue;
  }
  const name = (file) => file.split("/out/")[1];
  console.log(
    `| ${r.k} | ${r.rounds} | ${r.figures} | ${r.pages} | ${Object.values(r.perLanguage).join("/")} | ${r.seconds.toFixed(1)} | ${kib(r.dashboard.htmlBytes)} | ${name(r.largest.file)} | ${kib(r.largest.htmlBytes)} | ${kib(r.largest.htmlGzBytes)} | ${kib(r.largest.totalJsGz)} | ${kib(r.heaviestJs.totalJsGz)} (${name(r.heaviestJs.file)}) | ${(r.totalHtml / 1048576).toFixed(1)} | ${r.files} | ${(r.bytes / 1048576).toFixed(1)} |`,
  );
}
