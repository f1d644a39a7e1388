import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function installedVersion(pkg: string): string {
  const manifest = join(process.cwd(), "node_modules", pkg, "package.json");
  const { version } = JSON.parse(readFileSync(manifest, "utf8")) as {
    version: string;
  };
  return version;
}

/** Compares x.y.z; a prerelease sorts before its release (16.3.3-canary.1 < 16.3.3). */
function compareSemver(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = "", prerelease] = v.replace(/^v/, "").split("+")[0]!.split("-", 2);
    return {
      parts: core.split(".").map((n) => Number.parseInt(n, 10) || 0),
      prerelease,
    };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i += 1) {
    const diff = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  if (x.prerelease && !y.prerelease) return -1;
  if (!x.prerelease && y.prerelease) return 1;
  return 0;
}

describe("compareSemver", () => {
  it("orders versions numerically, not lexically", () => {
    expect(compareSemver("16.10.0", "16.9.9")).toBe(1);
    expect(compareSemver("19.2.8", "19.2.8")).toBe(0);
    expect(compareSemver("19.2.7", "19.2.8")).toBe(-1);
    expect(compareSemver("16.3.3-canary.2", "16.3.3")).toBe(-1);
  });
});

// Security floors for the framework; npm audit is unavailable from this registry (405), so a test enforces them.
const minimums = {
  next: "16.3.3",
  react: "19.2.8",
  "react-dom": "19.2.8",
} as const;

describe("installed framework versions", () => {
  for (const [pkg, minimum] of Object.entries(minimums)) {
    it(`${pkg} is at least ${minimum}`, () => {
      const version = installedVersion(pkg);
      expect(compareSemver(version, minimum), `${pkg}@${version} < ${minimum}`).toBeGreaterThanOrEqual(0);
    });
  }
});
