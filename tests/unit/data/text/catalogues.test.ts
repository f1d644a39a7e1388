import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, test } from "vitest";
import { catalogues } from "@/data/text/catalogues";
import { LOCALES } from "@/data/text/locales";

/** The arguments a message uses ({value}, {count, plural, …}), with the kind of each. */
function argumentsOf(message: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date) found.set(el.value, "value");
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        found.set(el.value, el.type === TYPE.plural ? "plural" : "select");
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if (el.type === TYPE.tag) {
        found.set(el.value, "tag");
        walk(el.children);
      }
    }
  };
  walk(parse(message));
  return found;
}

describe("message catalogues", () => {
  const english = catalogues.en;

  for (const locale of LOCALES) {
    test(`${locale}: every English message exists, and no other`, () => {
      const keys = Object.keys(catalogues[locale]);
      const missing = Object.keys(english).filter((k) => !(k in catalogues[locale]));
      const extra = keys.filter((k) => !(k in english));
      expect(missing, `${locale} lacks these messages`).toEqual([]);
      expect(extra, `${locale} has messages that English does not`).toEqual([]);
    });

    test(`${locale}: every message parses and uses only the arguments English passes`, () => {
      const problems: string[] = [];
      for (const [key, message] of Object.entries(catalogues[locale])) {
        let args: Map<string, string>;
        try {
          args = argumentsOf(message);
        } catch (error) {
          problems.push(`${locale} ${key}: does not parse (${String(error)})`);
          continue;
        }
        const reference = argumentsOf(english[key] ?? "");
        for (const [name, kind] of args) {
          if (!reference.has(name)) problems.push(`${locale} ${key}: uses {${name}}, which English does not pass`);
          else if (kind !== "value" && reference.get(name) !== "value" && kind !== reference.get(name)) {
            problems.push(`${locale} ${key}: {${name}} is a ${kind} here, a ${reference.get(name)} in English`);
          }
        }
        for (const [name, kind] of reference) {
          if (kind === "tag" && !args.has(name)) problems.push(`${locale} ${key}: drops the <${name}> tag`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
