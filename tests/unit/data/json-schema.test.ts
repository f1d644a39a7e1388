import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemas, translationJsonSchemas } from "@/data/json-schema";

const dir = resolve(__dirname, "../../../data/schema");
const schemas = jsonSchemas();
const translationSchemas = translationJsonSchemas();

if (process.env.UPDATE_SCHEMA) {
  mkdirSync(dir, { recursive: true });
  for (const [file, schema] of Object.entries({ ...schemas, ...translationSchemas }))
    writeFileSync(resolve(dir, file), `${JSON.stringify(schema, null, 2)}\n`);
}

describe("generated JSON Schemas", () => {
  it.each(Object.keys(schemas))("data/schema/%s is up to date (run `npm run schema` after changing data/schema.ts)", (file) => {
    const path = resolve(dir, file);
    expect(existsSync(path)).toBe(true);
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(schemas[file]);
  });

  it("every data file points at its schema", () => {
    for (const file of Object.keys(schemas)) {
      const data = JSON.parse(readFileSync(resolve(dir, "..", file.replace(".schema", "")), "utf8"));
      expect(data.$schema).toBe(`./schema/${file}`);
    }
  });

  it("describes the fields editors need, and forbids unknown keys", () => {
    const figures = schemas["figures.schema.json"] as {
      properties: { figures: { items: { additionalProperties: boolean; properties: Record<string, { description?: string }> } } };
    };
    const item = figures.properties.figures.items;
    expect(item.additionalProperties).toBe(false);
    expect(item.properties.qualifier!.description).toContain("lower bound");
  });

  it.each(Object.keys(translationSchemas))("data/schema/%s is up to date (run `npm run schema` after changing data/schema.ts)", (file) => {
    const path = resolve(dir, file);
    expect(existsSync(path)).toBe(true);
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(translationSchemas[file]);
  });

  it("every translation file and the glossary point at their schema", () => {
    const translations = resolve(dir, "../translations");
    for (const file of readdirSync(translations).filter((f) => f.endsWith(".json"))) {
      const data = JSON.parse(readFileSync(resolve(translations, file), "utf8"));
      expect(data.$schema, file).toBe(file === "glossary.json" ? "../schema/glossary.schema.json" : "../schema/translations.schema.json");
    }
  });
});
