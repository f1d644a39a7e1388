import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dataset, DatasetError, parseStatedNumber, rawDataset, validateDataset, type RawDataset } from "@/data/dataset";
import { roundEvidence } from "@/data/queries";

type Entry = Record<string, unknown>;
type Files = { [K in keyof RawDataset]: Record<string, unknown> };

/** A deep copy of the real data files that a test may break. */
function copy(): Files {
  return structuredClone(rawDataset) as Files;
}
function entries(files: Files, name: "sources" | "rounds" | "figures" | "series" | "discrepancies"): Entry[] {
  return files[name][name] as Entry[];
}
function entry(files: Files, name: "sources" | "rounds" | "figures" | "series" | "discrepancies", id: string): Entry {
  const found = entries(files, name).find((e) => e.id === id);
  if (!found) throw new Error(`fixture: no ${name} entry ${id}`);
  return found;
}
function problemsOf(files: Files): string[] {
  try {
    validateDataset(files);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  return [];
}

describe("the real dataset", () => {
  it("parses, with six rounds in date order", () => {
    expect(dataset.rounds.map((r) => r.id)).toEqual(["2025-02", "2025-04", "2025-06", "2025-09", "2025-12", "2026-03"]);
  });

  it("quotes every figure with its number as the source wrote it", () => {
    for (const f of dataset.figures) {
      expect(f.quote, f.id).toContain(f.stated);
      expect(parseStatedNumber(f.stated), f.id).toBe(f.value);
    }
  });

  it("holds the headline figures with their qualifiers", () => {
    const byId = new Map(dataset.figures.map((f) => [f.id, f]));
    expect(byId.get("released-2025-12-pism")).toMatchObject({ value: 123, qualifier: "exact", sourceId: "pism-spotlight-85-2025" });
    expect(byId.get("released-2026-03-pism")).toMatchObject({ value: 250, qualifier: "exact" });
    expect(byId.get("sent-2026-03-lithuania")).toMatchObject({ value: 15, partOf: "released-2026-03-pism" });
    expect(byId.get("released-2025-total-pism")).toMatchObject({ value: 194, qualifier: "exact" });
    expect(byId.get("held-2025-12-pism")).toMatchObject({ value: 1000, qualifier: "more-than" });
  });

  it("records the sixth-round Spotlight's author as Dyner, with a curation note and no invented date or number", () => {
    const p6 = dataset.sources.find((s) => s.id === "pism-spotlight-2026-sixth-round")!;
    expect(p6.author).toBe("Anna Maria Dyner");
    expect(p6.curationNotes.join(" ")).toContain("Dyrer");
    expect(p6.published).toEqual({ basis: "not-shown" });
    expect(p6.number).toBeUndefined();
  });

  const sharedSources = resolve(__dirname, "../../../../shared/sources");
  describe.runIf(existsSync(sharedSources))("against the curated sources in ../shared/sources", () => {
    const normalise = (s: string) => s.replace(/\s+/g, " ");
    let corpus = "";
    beforeAll(() => {
      corpus = normalise(
        ["FACTS.md", "pism-spotlight-85-2025-fifth-round.txt", "pism-spotlight-2026-sixth-round.txt"]
          .map((f) => readFileSync(resolve(sharedSources, f), "utf8"))
          .join("\n"),
      );
    });
    const quotes = [
      ...dataset.figures.map((f) => ({ id: f.id, quote: f.quote })),
      ...dataset.rounds.flatMap((r) => roundEvidence(r).map((e) => ({ id: r.id, quote: e.quote }))),
      ...dataset.discrepancies.flatMap((d) => d.evidence.map((e) => ({ id: d.id, quote: e.quote }))),
    ];
    it.each(quotes)("quote of $id is verbatim", ({ quote }) => {
      expect(corpus).toContain(normalise(quote));
    });
    it("uses no figure from a NOT VERIFIED row", () => {
      const facts = readFileSync(resolve(sharedSources, "FACTS.md"), "utf8");
      const unverified = facts
        .split("\n")
        .filter((l) => l.includes("NOT VERIFIED"))
        .map((l) => l.split(" | ")[0]!.replace("| ", ""));
      expect(unverified.length).toBeGreaterThan(0);
      // "More than 1,100" on 19 March 2026 is NOT VERIFIED: no held count on or after the sixth round's release.
      const held19Mar = dataset.figures.filter((f) => f.measure === "held" && f.refersTo.from >= "2026-03-19");
      expect(held19Mar).toEqual([]);
      expect(dataset.figures.some((f) => f.id.includes("benzinga"))).toBe(false);
    });
  });
});

describe("a bad edit fails with the file, the entry id and the field named", () => {
  const cases: { name: string; edit: (f: Files) => void; expected: RegExp }[] = [
    {
      name: "unknown key",
      edit: (f) => void (entry(f, "figures", "released-2025-12-pism").colour = "red"),
      expected: /data\/figures\.json: entry "released-2025-12-pism": field "colour": Unrecognized key/,
    },
    {
      name: "missing source",
      edit: (f) => void delete entry(f, "figures", "released-2025-12-pism").sourceId,
      expected: /data\/figures\.json: entry "released-2025-12-pism": field "sourceId"/,
    },
    {
      name: "unresolved source id",
      edit: (f) => void (entry(f, "figures", "released-2026-03-pism").sourceId = "pism-nowhere"),
      expected: /figures\.json: entry "released-2026-03-pism": field "sourceId": unknown source "pism-nowhere"/,
    },
    {
      name: "unresolved source id in round evidence",
      edit: (f) => void ((entry(f, "rounds", "2025-09").release as { evidence: Entry[] }).evidence[0]!.sourceId = "ghost"),
      expected: /rounds\.json: entry "2025-09": field "release\.evidence\.0\.sourceId": unknown source "ghost"/,
    },
    {
      name: "quote that lacks its number",
      edit: (f) => void (entry(f, "figures", "released-2025-12-pism").quote = "As a result, political prisoners were released."),
      expected: /figures\.json: entry "released-2025-12-pism": field "quote": does not contain the stated number "123"/,
    },
    {
      name: "value that differs from the stated number",
      edit: (f) => void (entry(f, "figures", "released-2025-12-pism").value = 132),
      expected: /entry "released-2025-12-pism": field "value": 132 does not match/,
    },
    {
      name: "impossible date",
      edit: (f) =>
        void (entry(f, "rounds", "2025-02").release = { date: "2025-02-30", evidence: [{ sourceId: "babel-2025-02-12", quote: "x" }] }),
      expected: /rounds\.json: entry "2025-02": field "release\.date": is not a real calendar date/,
    },
    {
      name: "period that ends before it starts",
      edit: (f) => void (entry(f, "figures", "released-2025-total-pism").refersTo = { from: "2025-12-31", to: "2025-01-01" }),
      expected: /entry "released-2025-total-pism": field "refersTo\.to": ends before it starts/,
    },
    {
      name: "duplicate id",
      edit: (f) => void entries(f, "sources").push(structuredClone(entry(f, "sources", "hrw-2025-12-15"))),
      expected: /sources\.json: entry "hrw-2025-12-15": field "id": duplicate id/,
    },
    {
      name: "non-finite value",
      edit: (f) => void (entry(f, "figures", "held-2025-01-31").value = Number.POSITIVE_INFINITY),
      expected: /figures\.json: entry "held-2025-01-31": field "value"/,
    },
    {
      name: "negative value",
      edit: (f) => void (entry(f, "figures", "held-2025-01-31").value = -5),
      expected: /entry "held-2025-01-31": field "value"/,
    },
    {
      name: "parts that exceed their whole",
      edit: (f) =>
        void Object.assign(entry(f, "figures", "freed-2026-03-inside"), {
          value: 240,
          stated: "240",
          quote: "Of these, 240 were freed inside the country",
        }),
      expected:
        /figures\.json: entry "released-2026-03-pism": field "value": its destination parts add up to 255, more than the whole \(250\)/,
    },
    {
      name: "unknown qualifier",
      edit: (f) => void (entry(f, "figures", "held-2025-12-pism").qualifier = "roughly"),
      expected: /entry "held-2025-12-pism": field "qualifier"/,
    },
    {
      name: "corroborating figure with no target",
      edit: (f) => void delete entry(f, "figures", "released-2025-12-ap").about,
      expected: /entry "released-2025-12-ap": field "about": required when role is "corroborates"/,
    },
    {
      name: "series point that does not exist",
      edit: (f) => void (entry(f, "series", "held").points as string[]).push("held-2099-01-01"),
      expected: /series\.json: entry "held": field "points\.8": unknown figure "held-2099-01-01"/,
    },
    {
      name: "series out of date order",
      edit: (f) => void (entry(f, "series", "held").points as string[]).reverse(),
      expected: /series\.json: entry "held": field "points\.1": ".*" is out of date order/,
    },
    {
      name: "discrepancy naming an unknown figure",
      edit: (f) => void (entry(f, "discrepancies", "coale-156").figures as string[]).push("nope"),
      expected: /discrepancies\.json: entry "coale-156": field "figures\.2": unknown figure "nope"/,
    },
    {
      name: "round with no shown release figure",
      edit: (f) => void (entry(f, "figures", "released-2025-04-reuters").role = "corroborates"),
      expected: /rounds\.json: entry "2025-04": field "id": needs exactly one shown "released" figure/,
    },
    {
      name: "file that is not a list",
      edit: (f) => void (f.figures = { figures: "none" }),
      expected: /data\/figures\.json: field "figures": must be an array/,
    },
    {
      name: "bad URL",
      edit: (f) => void (entry(f, "sources", "hrw-2025-12-15").url = "not a url"),
      expected: /sources\.json: entry "hrw-2025-12-15": field "url"/,
    },
  ];

  it.each(cases)("$name", ({ edit, expected }) => {
    const files = copy();
    edit(files);
    const problems = problemsOf(files);
    expect(problems.join("\n")).toMatch(expected);
  });

  it("throws one error that lists every problem", () => {
    const files = copy();
    entry(files, "figures", "released-2025-12-pism").value = 132;
    entry(files, "figures", "held-2025-01-31").sourceId = "ghost";
    expect(() => validateDataset(files)).toThrow(/Invalid dataset \(2 problems\)/);
  });
});

describe("parseStatedNumber", () => {
  it.each([
    ["1,265", 1265],
    ["1135", 1135],
    ["Three", 3],
    ["nine", 9],
    ["an American", 1],
    ["One", 1],
  ])("%s → %d", (stated, value) => expect(parseStatedNumber(stated)).toBe(value));
  it("rejects words that are not numbers", () => expect(parseStatedNumber("several")).toBeUndefined());
});
