import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemas } from "@/data/json-schema";

const dir = resolve(__dirname, "../../../data/schema");
const schemas = jsonSchemas();

if (process.env.UPDATE_SCHEMA) {
  mkdirSync(dir, { recursive: true });
  for (const [file, schema] of Object.entries(schemas)) writeFileSync(resolve(dir, file), `${JSON.stringify(schema, null, 2)}\n`);
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
});
