import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../../..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/")
    ? join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? resolve(dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((p) => existsSync(p) && statSync(p).isFile());
}

/** The modules a file loads at run time: imports, re-exports and dynamic imports, never `import type`. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm),
    ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers.flatMap((s) => resolveImport(file, s) ?? []);
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (file.endsWith(".ts") || file.endsWith(".tsx")) runtimeImports(file).forEach(walk);
  };
  walk(entry);
  return seen;
}

const clientLeaves = filesUnder(join(root, "components")).filter((f) => /^["']use client["']/.test(readFileSync(f, "utf8")));
const chartAndShareLeaves = clientLeaves.filter((f) => /components\/(charts|share)\//.test(f));

describe("client leaves ship no message catalogues (their words come from server parents)", () => {
  it("finds the chart and share leaves", () => {
    expect(chartAndShareLeaves.map((f) => relative(root, f)).sort()).toEqual([
      "components/charts/chart-canvas.tsx",
      "components/share/cite-this.tsx",
      "components/share/copy-button.tsx",
      "components/share/origin-codes.tsx",
    ]);
  });

  it.each(chartAndShareLeaves.map((f) => relative(root, f)))("%s reaches neither the catalogues nor FormatJS", (leaf) => {
    const modules = [...reachable(join(root, leaf))].map((f) => relative(root, f));
    expect(modules).toContain(leaf);
    expect(modules.filter((m) => m === "data/text/translate.ts" || m === "data/text/catalogues.ts")).toEqual([]);
    expect(modules.filter((m) => /data\/text\/messages\/(pl|be|ru)\//.test(m))).toEqual([]);
    expect(modules.filter((m) => m === "data/dataset.ts")).toEqual([]);
  });

  it("the canvas's chain reaches the encoding (the check follows lazy imports)", () => {
    expect([...reachable(join(root, "components/charts/chart-canvas.tsx"))].map((f) => relative(root, f))).toContain(
      "components/charts/encoding.ts",
    );
  });
});
