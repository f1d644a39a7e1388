import { z } from "zod";
import { collections, glossary, meta, translations } from "./schema";

/** JSON Schemas generated from the zod schema, one per data file, so editors can autocomplete and check the files. */
export function jsonSchemas(): Record<string, unknown> {
  const files = Object.fromEntries(
    Object.entries(collections).map(([name, entry]) => [
      `${name}.schema.json`,
      z.toJSONSchema(z.strictObject({ $schema: z.string().optional(), [name]: z.array(entry) }), { io: "input" }),
    ]),
  );
  return { ...files, "meta.schema.json": z.toJSONSchema(meta, { io: "input" }) };
}

/** JSON Schemas of the translation files (data/translations/<locale>.json) and the glossary, which are not data files. */
export function translationJsonSchemas(): Record<string, unknown> {
  return {
    "translations.schema.json": z.toJSONSchema(translations, { io: "input" }),
    "glossary.schema.json": z.toJSONSchema(glossary, { io: "input" }),
  };
}
