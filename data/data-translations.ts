import type { z } from "zod";
import { DatasetError, type Dataset } from "./dataset";
import { readDataFile } from "./load-json";
import { collections, meta as metaSchema, translations as translationsSchema, type Meta, type Translations } from "./schema";
import type { Locale } from "./text/locales";

export type TranslatedLocale = Exclude<Locale, "en">;
export const TRANSLATED_LOCALES: readonly TranslatedLocale[] = ["pl", "be", "ru"];

/** The language's English name, for messages to curators. */
const LANGUAGE_NAMES: Record<TranslatedLocale, string> = { pl: "Polish", be: "Belarusian", ru: "Russian" };

type CollectionName = keyof typeof collections;
type FileName = CollectionName | "meta";
type Entry = { id: string } & Record<string, unknown>;
type PathSegment = string | number;

/** A text field a reader sees: its stable key in the translation files, where it sits in the entry, and its English. */
export interface TranslatableField {
  key: string;
  path: PathSegment[];
  english: string;
}

/** "Christopher W. Smith" → "christopher-w-smith": keys of named list items that survive reordering. */
export function keySegment(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "item"
  );
}

class Collector {
  readonly fields: TranslatableField[] = [];
  text(key: string, path: PathSegment[], english: unknown) {
    if (typeof english === "string") this.fields.push({ key, path, english });
  }
  /** Plain lists of sentences: keyed by index (the sentences have no names). */
  list(key: string, path: PathSegment[], items: readonly string[]) {
    items.forEach((item, i) => this.text(`${key}.${i}`, [...path, i], item));
  }
  /** Lists of named items: keyed by the English name, so that reordering them keeps their translations. */
  named<T>(key: string, items: readonly T[], name: (item: T) => string, each: (prefix: string, index: number, item: T) => void) {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const base = keySegment(name(item));
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      each(`${key}.${n === 1 ? base : `${base}-${n}`}`, i, item);
    });
  }
}

type Extractors = { [K in CollectionName]: (entry: z.infer<(typeof collections)[K]>, c: Collector) => void };

/** Which fields of each data file are translated: every one a reader sees as prose or a label, and nothing else. */
const EXTRACTORS: Extractors = {
  sources: (s, c) => c.list("curationNotes", ["curationNotes"], s.curationNotes),
  rounds: (r, c) => {
    c.text("label", ["label"], r.label);
    if (r.talks) {
      c.text("talks.place", ["talks", "place"], r.talks.place);
      c.text("talks.summary", ["talks", "summary"], r.talks.summary);
    }
    c.named(
      "envoys",
      r.envoys,
      (e) => e.name,
      (key, i) => {
        c.text(`${key}.name`, ["envoys", i, "name"], r.envoys[i]!.name);
        c.text(`${key}.role`, ["envoys", i, "role"], r.envoys[i]!.role);
      },
    );
    c.text("inReturn.summary", ["inReturn", "summary"], r.inReturn.summary);
    c.text("destinations.summary", ["destinations", "summary"], r.destinations.summary);
    c.text("destinations.allTo", ["destinations", "allTo"], r.destinations.allTo);
    c.named(
      "notable",
      r.notable,
      (n) => n.name,
      (key, i, n) => {
        c.text(`${key}.name`, ["notable", i, "name"], n.name);
        c.text(`${key}.description`, ["notable", i, "description"], n.description);
      },
    );
    c.list("notes", ["notes"], r.notes);
  },
  figures: (f, c) => {
    c.text("label", ["label"], f.label);
    c.text("note", ["note"], f.note);
    c.text("group", ["group"], f.group);
    c.text("refersTo.label", ["refersTo", "label"], f.refersTo.label);
  },
  series: (s, c) => {
    c.text("title", ["title"], s.title);
    c.text("description", ["description"], s.description);
  },
  events: (e, c) => {
    c.text("label", ["label"], e.label);
    c.text("summary", ["summary"], e.summary);
    c.list("notes", ["notes"], e.notes);
  },
  discrepancies: (d, c) => {
    c.text("title", ["title"], d.title);
    c.text("summary", ["summary"], d.summary);
  },
  headlines: (h, c) => c.text("title", ["title"], h.title),
};

function metaFields(m: Meta): TranslatableField[] {
  const c = new Collector();
  c.text("title", ["title"], m.title);
  c.text("curation", ["curation"], m.curation);
  m.changelog.forEach((entry, i) => {
    const key = `changelog.${entry.version.replaceAll(".", "-")}`;
    c.text(`${key}.summary`, ["changelog", i, "summary"], entry.summary);
    c.list(`${key}.added`, ["changelog", i, "added"], entry.added);
    c.list(`${key}.corrected`, ["changelog", i, "corrected"], entry.corrected);
  });
  return c.fields;
}

/** The translatable fields of one entry of a data file. */
export function translatableFields<K extends CollectionName>(name: K, entry: z.infer<(typeof collections)[K]>): TranslatableField[] {
  const c = new Collector();
  (EXTRACTORS[name] as (entry: z.infer<(typeof collections)[K]>, c: Collector) => void)(entry, c);
  return c.fields;
}

const COLLECTIONS = Object.keys(collections) as CollectionName[];

/** Every translatable field of the dataset, by file and entry id (meta's fields under the id "meta"). */
export function englishText(data: Dataset): Record<FileName, Record<string, TranslatableField[]>> {
  const byFile = Object.fromEntries(
    COLLECTIONS.map((name) => [
      name,
      Object.fromEntries((data[name] as Entry[]).map((entry) => [entry.id, translatableFields(name, entry as never)])),
    ]),
  ) as Record<CollectionName, Record<string, TranslatableField[]>>;
  return { ...byFile, meta: { meta: metaFields(data.meta) } };
}

function setIn(target: unknown, path: PathSegment[], value: string) {
  let node = target as Record<PathSegment, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<PathSegment, unknown>;
  node[path.at(-1)!] = value;
}

/** The raw translation files, one per locale: data/translations/<locale>.json. */
export type RawTranslations = Record<TranslatedLocale, unknown>;

export function readRawTranslations(root?: string): RawTranslations {
  return Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, readDataFile(`translations/${locale}`, root)])) as RawTranslations;
}

function fileOf(locale: TranslatedLocale): string {
  return `data/translations/${locale}.json`;
}

/** Where a problem is: the translation file, the entry and the data file it translates, and the field. */
function where(locale: TranslatedLocale, file: FileName, id: string, key?: string): string {
  const entry = file === "meta" ? `data/meta.json` : `entry "${id}" (data/${file}.json)`;
  return `${fileOf(locale)}: ${entry}${key === undefined ? "" : `: field "${key}"`}`;
}

function issueKey(issue: z.core.$ZodIssue, keys: Map<string, string>): string | undefined {
  return keys.get(issue.path.map(String).join("."));
}

/** Fields whose values are matched by name (a destination's parts across sources, and a round's allTo): one English name, one translation. */
const GROUP_FIELDS: [FileName, string][] = [
  ["figures", "group"],
  ["rounds", "destinations.allTo"],
];

function checkGroupNames(
  given: Translations,
  english: Record<FileName, Record<string, TranslatableField[]>>,
  locale: TranslatedLocale,
  problems: string[],
) {
  const first = new Map<string, { text: string; id: string; file: FileName }>();
  for (const [file, key] of GROUP_FIELDS) {
    const translated = (given[file as CollectionName] ?? {}) as Record<string, Record<string, string>>;
    for (const [id, fields] of Object.entries(english[file])) {
      const name = fields.find((f) => f.key === key)?.english;
      const text = translated[id]?.[key];
      if (name === undefined || text === undefined) continue;
      const earlier = first.get(name);
      if (!earlier) first.set(name, { text, id, file });
      else if (earlier.text !== text)
        problems.push(
          `${where(locale, file, id, key)}: "${name}" is translated "${text}" here but "${earlier.text}" in entry "${earlier.id}" (data/${earlier.file}.json): write it the same way, since parts are matched by this name`,
        );
    }
  }
}

/**
 * Checks one locale's translations against the English dataset and returns the dataset in that language. Problems: a
 * translatable field without its translation, a translation of an entry or field that English does not have (stale),
 * and a translation that breaks the English field's own limits (length of a label, a word too long to wrap).
 */
function localize(data: Dataset, locale: TranslatedLocale, raw: unknown, problems: string[]): Dataset | undefined {
  const language = LANGUAGE_NAMES[locale];
  const parsed = translationsSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push(`${fileOf(locale)}: field "${issue.path.map(String).join(".") || "(file)"}": ${issue.message}`);
    return undefined;
  }
  const given: Translations = parsed.data;
  const english = englishText(data);
  const before = problems.length;
  const localized: Record<string, unknown> = { ...data };

  for (const file of [...COLLECTIONS, "meta"] as FileName[]) {
    const translated = (file === "meta" ? { meta: given.meta ?? {} } : (given[file] ?? {})) as Record<string, Record<string, string>>;
    const entries = english[file];
    for (const id of Object.keys(translated)) {
      if (!(id in entries))
        problems.push(`${where(locale, file, id)}: no such entry in data/${file}.json (a stale translation): remove it, or fix its id`);
    }
    const schema = file === "meta" ? metaSchema : collections[file];
    const source = file === "meta" ? [data.meta] : (data[file] as Entry[]);
    const result = source.map((entry) => {
      const id = file === "meta" ? "meta" : (entry as Entry).id;
      const fields = entries[id] ?? [];
      const texts = translated[id] ?? {};
      const known = new Set(fields.map((f) => f.key));
      for (const key of Object.keys(texts)) {
        if (!known.has(key))
          problems.push(`${where(locale, file, id, key)}: no such field in English (a stale translation): remove it, or fix its key`);
      }
      const copy = structuredClone(entry) as Entry;
      const keys = new Map<string, string>();
      for (const field of fields) {
        const text = texts[field.key];
        if (text === undefined) {
          problems.push(`${where(locale, file, id, field.key)}: missing the ${language} translation: add it`);
          continue;
        }
        setIn(copy, field.path, text);
        keys.set(field.path.map(String).join("."), field.key);
      }
      const checked = schema.safeParse(copy);
      if (checked.success) return checked.data;
      for (const issue of checked.error.issues) {
        const key = issueKey(issue, keys);
        if (key !== undefined) problems.push(`${where(locale, file, id, key)}: the ${language} translation ${issue.message}`);
      }
      return entry;
    });
    localized[file] = file === "meta" ? result[0] : result;
  }
  checkGroupNames(given, english, locale, problems);
  return problems.length === before ? (localized as unknown as Dataset) : undefined;
}

/**
 * Validates every locale's translations of the dataset and returns the dataset in each language. Throws a DatasetError
 * listing every problem, each naming the translation file, the entry, the data file, the field and the locale.
 */
export function validateTranslations(data: Dataset, raw: RawTranslations): Record<TranslatedLocale, Dataset> {
  const problems: string[] = [];
  const result = Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, localize(data, locale, raw[locale], problems)]));
  if (problems.length > 0) throw new DatasetError(problems);
  return result as Record<TranslatedLocale, Dataset>;
}
