import type { z } from "zod";
import { dateMidpoint, formatPeriod } from "./format-figure";
import { readDataFile } from "./load-json";
import {
  collections,
  meta as metaSchema,
  type DatasetEvent,
  type Discrepancy,
  type Evidence,
  type Figure,
  type HeadlineEntry,
  type Meta,
  type Round,
  type Series,
  type Source,
} from "./schema";

type CollectionName = keyof typeof collections;
export type RawDataset = Record<CollectionName, unknown> & { meta: unknown };

export interface Dataset {
  meta: Meta;
  sources: Source[];
  rounds: Round[];
  figures: Figure[];
  series: Series[];
  events: DatasetEvent[];
  discrepancies: Discrepancy[];
  headlines: HeadlineEntry[];
}

/** A dataset that failed validation; `problems` name the file, the entry id and the field. */
export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid dataset (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "DatasetError";
  }
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

/** The value a source's written number stands for: "1,265" → 1265, "Three" → 3, "an American" → 1. */
export function parseStatedNumber(stated: string): number | undefined {
  const digits = stated.replace(/[,\s\u00a0\u202f]/g, "");
  if (/^\d+(\.\d+)?$/.test(digits)) return Number(digits);
  const first = stated.trim().split(/\s+/)[0]!.toLowerCase();
  return NUMBER_WORDS[first];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether the quote contains the stated number as a whole number or word: "244" is in "released 244 people" but not
 * in "1,244", "1 244", "2440", "244th" or "2.244".
 */
export function containsStated(quote: string, stated: string): boolean {
  const digitStart = /^\d/.test(stated);
  const digitEnd = /\d$/.test(stated);
  const before = digitStart ? String.raw`(?<![\p{L}\p{N}])(?<!\d[,.\s\u00a0\u202f])` : String.raw`(?<![\p{L}\p{N}])`;
  const after = digitEnd ? String.raw`(?![\p{L}\p{N}])(?![,.\s\u00a0\u202f]\d)` : String.raw`(?![\p{L}\p{N}])`;
  return new RegExp(`${before}${escapeRegExp(stated)}${after}`, "u").test(quote);
}

function where(file: string, id: string, field: string): string {
  return `data/${file}.json: entry "${id}": field "${field}"`;
}

function issuePath(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join(".");
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.join(", ");
    return path ? `${path}.${keys}` : keys;
  }
  return path || "(entry)";
}

/** Entries that failed their schema, by id: references to them are consequences, not problems of their own. */
type Rejected = Map<string, Record<string, unknown>>;

function parseCollection<K extends CollectionName>(
  name: K,
  raw: unknown,
  problems: string[],
  rejected: Rejected = new Map(),
): z.infer<(typeof collections)[K]>[] {
  const list = (raw as Record<string, unknown> | null)?.[name];
  if (!Array.isArray(list)) {
    problems.push(`data/${name}.json: field "${name}": must be an array of entries`);
    return [];
  }
  const schema = collections[name];
  const parsed: z.infer<(typeof collections)[K]>[] = [];
  list.forEach((entry, index) => {
    const id = typeof (entry as { id?: unknown })?.id === "string" ? (entry as { id: string }).id : `#${index}`;
    const result = schema.safeParse(entry);
    if (result.success) parsed.push(result.data as z.infer<(typeof collections)[K]>);
    else {
      rejected.set(id, (entry ?? {}) as Record<string, unknown>);
      for (const issue of result.error.issues) problems.push(`${where(name, id, issuePath(issue))}: ${issue.message}`);
    }
  });
  const seen = new Set<string>();
  for (const entry of parsed) {
    if (seen.has(entry.id)) problems.push(`${where(name, entry.id, "id")}: duplicate id`);
    seen.add(entry.id);
  }
  return parsed;
}

function checkEvidence(file: string, id: string, field: string, evidence: Evidence[], sourceIds: Known, problems: string[]) {
  evidence.forEach((item, i) => {
    if (!sourceIds.has(item.sourceId) && !sourceIds.rejected.has(item.sourceId))
      problems.push(`${where(file, id, `${field}.${i}.sourceId`)}: unknown source "${item.sourceId}"`);
  });
}

/** The ids of one collection that parsed, and of those that did not (whose references are not reported again). */
interface Known {
  has(id: string): boolean;
  rejected: Rejected;
}
function known(ids: Iterable<string>, rejected: Rejected): Known {
  const set = new Set(ids);
  return { has: (id) => set.has(id), rejected };
}

/** "2025-07" for a release on 2025-07-10; "2025" for a release known only to the year. */
function releaseMonth(date: string): string {
  return date.slice(0, 7);
}

/**
 * Validates the raw data files and checks every cross-reference. Throws a DatasetError listing all problems: first
 * each entry that breaks its schema, then the cross-references; a reference to an entry that broke its schema is not
 * reported again, so one bad date gives one message, not one per figure of its round.
 */
export function validateDataset(raw: RawDataset): Dataset {
  const problems: string[] = [];
  const rejectedSources: Rejected = new Map();
  const rejectedRounds: Rejected = new Map();
  const rejectedFigures: Rejected = new Map();
  const sources = parseCollection("sources", raw.sources, problems, rejectedSources);
  const rounds = parseCollection("rounds", raw.rounds, problems, rejectedRounds);
  const figures = parseCollection("figures", raw.figures, problems, rejectedFigures);
  const series = parseCollection("series", raw.series, problems);
  const events = parseCollection("events", raw.events, problems);
  const discrepancies = parseCollection("discrepancies", raw.discrepancies, problems);
  const headlines = parseCollection("headlines", raw.headlines, problems);
  const metaResult = metaSchema.safeParse(raw.meta);
  if (!metaResult.success) {
    for (const issue of metaResult.error.issues) problems.push(`data/meta.json: field "${issuePath(issue)}": ${issue.message}`);
  }

  const sourceIds = known(
    sources.map((s) => s.id),
    rejectedSources,
  );
  const roundIds = known(
    rounds.map((r) => r.id),
    rejectedRounds,
  );
  const figureById = new Map(figures.map((f) => [f.id, f]));
  const figureRejected = (id: string) => rejectedFigures.has(id);

  for (const r of rounds) {
    if (r.talks) checkEvidence("rounds", r.id, "talks.evidence", r.talks.evidence, sourceIds, problems);
    if (r.talks?.to && r.talks.to < r.talks.from)
      problems.push(`${where("rounds", r.id, "talks.to")}: ends before it starts (${r.talks.from})`);
    if (r.talks && dateMidpoint(r.release.date) < dateMidpoint(r.talks.from))
      problems.push(`${where("rounds", r.id, "release.date")}: is before the talks began (${r.talks.from})`);
    checkEvidence("rounds", r.id, "release.evidence", r.release.evidence, sourceIds, problems);
    r.release.otherDates?.forEach((o, i) => {
      checkEvidence("rounds", r.id, `release.otherDates.${i}.evidence`, o.evidence, sourceIds, problems);
      if (o.date === r.release.date) problems.push(`${where("rounds", r.id, `release.otherDates.${i}.date`)}: repeats the release date`);
    });
    if (r.destinations.allTo && r.destinations.evidence.length === 0)
      problems.push(`${where("rounds", r.id, "destinations.allTo")}: needs evidence saying where everyone was taken`);
    r.envoys.forEach((e, i) => checkEvidence("rounds", r.id, `envoys.${i}.evidence`, e.evidence, sourceIds, problems));
    checkEvidence("rounds", r.id, "inReturn.evidence", r.inReturn.evidence, sourceIds, problems);
    checkEvidence("rounds", r.id, "destinations.evidence", r.destinations.evidence, sourceIds, problems);
    r.notable.forEach((n, i) => checkEvidence("rounds", r.id, `notable.${i}.evidence`, n.evidence, sourceIds, problems));
    const month = releaseMonth(r.release.date);
    if (!r.id.startsWith(month))
      problems.push(
        `${where("rounds", r.id, "id")}: does not match the release date ${r.release.date} (${formatPeriod(r.release.date)}): a round's id is its release month ("${month.length === 7 ? month : `${month}-MM`}"); fix the id or release.date`,
      );
    const shown = figures.filter((f) => f.roundId === r.id && f.measure === "released" && f.role === "shown");
    const brokenRelease = [...rejectedFigures.values()].some((f) => f.roundId === r.id);
    if (shown.length !== 1 && !(shown.length === 0 && brokenRelease))
      problems.push(`${where("rounds", r.id, "id")}: needs exactly one shown "released" figure in figures.json, found ${shown.length}`);
  }

  for (const s of sources) {
    if (!s.title && s.titleBasis !== "unknown")
      problems.push(`${where("sources", s.id, "title")}: required unless titleBasis is "unknown"`);
    if (s.title && s.titleBasis === "unknown") problems.push(`${where("sources", s.id, "titleBasis")}: "unknown" but a title is given`);
  }

  for (const f of figures) {
    const at = (field: string) => where("figures", f.id, field);
    if (!sourceIds.has(f.sourceId) && !rejectedSources.has(f.sourceId)) problems.push(`${at("sourceId")}: unknown source "${f.sourceId}"`);
    if (f.roundId && !roundIds.has(f.roundId) && !rejectedRounds.has(f.roundId))
      problems.push(`${at("roundId")}: unknown round "${f.roundId}"`);
    if (!containsStated(f.quote, f.stated))
      problems.push(
        `${at("quote")}: does not contain the stated number "${f.stated}"${f.quote.includes(f.stated) ? " as a whole number (only inside a larger one)" : ""}: copy the number exactly as the quote writes it`,
      );
    const parsed = parseStatedNumber(f.stated);
    if (parsed === undefined) problems.push(`${at("stated")}: "${f.stated}" is not a number`);
    else if (parsed !== f.value) problems.push(`${at("value")}: ${f.value} does not match the stated number "${f.stated}" (${parsed})`);
    if (f.refersTo.to && f.refersTo.to < f.refersTo.from) problems.push(`${at("refersTo.to")}: ends before it starts (${f.refersTo.from})`);
    if (f.role === "shown" && f.about) problems.push(`${at("about")}: a shown figure does not point at another`);
    if (f.role !== "shown") {
      const target = f.about ? figureById.get(f.about) : undefined;
      if (!f.about) problems.push(`${at("about")}: required when role is "${f.role}"`);
      else if (!target && figureRejected(f.about)) continue;
      else if (!target) problems.push(`${at("about")}: unknown figure "${f.about}"`);
      else if (target.measure !== f.measure) problems.push(`${at("about")}: "${f.about}" counts ${target.measure}, not ${f.measure}`);
    }
    if (f.partOf) {
      if (!figureById.has(f.partOf) && !figureRejected(f.partOf)) problems.push(`${at("partOf")}: unknown figure "${f.partOf}"`);
      if (!f.breakdown) problems.push(`${at("breakdown")}: required with partOf`);
    }
  }

  const partSums = new Map<string, number>();
  for (const f of figures) {
    if (!f.partOf || !f.breakdown || f.role !== "shown") continue;
    const key = `${f.partOf}\u0000${f.breakdown}`;
    partSums.set(key, (partSums.get(key) ?? 0) + f.value);
  }
  for (const [key, sum] of partSums) {
    const [wholeId, breakdown] = key.split("\u0000") as [string, string];
    const whole = figureById.get(wholeId);
    if (whole && whole.qualifier === "exact" && sum > whole.value) {
      problems.push(`${where("figures", wholeId, "value")}: its ${breakdown} parts add up to ${sum}, more than the whole (${whole.value})`);
    }
  }

  for (const s of series) {
    let previous = -Infinity;
    s.points.forEach((id, i) => {
      const point = figureById.get(id);
      if (!point) {
        if (!figureRejected(id)) problems.push(`${where("series", s.id, `points.${i}`)}: unknown figure "${id}"`);
        return;
      }
      if (point.role !== "shown") problems.push(`${where("series", s.id, `points.${i}`)}: "${id}" is not a shown figure`);
      if (point.measure !== s.measure)
        problems.push(`${where("series", s.id, `points.${i}`)}: "${id}" counts ${point.measure}, not the series' ${s.measure}`);
      const t = dateMidpoint(point.refersTo.from);
      if (t <= previous) problems.push(`${where("series", s.id, `points.${i}`)}: "${id}" is out of date order`);
      previous = t;
    });
  }

  for (const e of events) {
    checkEvidence("events", e.id, "evidence", e.evidence, sourceIds, problems);
    if (e.relatedRound && !roundIds.has(e.relatedRound))
      problems.push(`${where("events", e.id, "relatedRound")}: unknown round "${e.relatedRound}"`);
    if (e.figureId) {
      const figure = figureById.get(e.figureId);
      if (!figure) problems.push(`${where("events", e.id, "figureId")}: unknown figure "${e.figureId}"`);
      else if (figure.roundId)
        problems.push(
          `${where("events", e.id, "figureId")}: "${e.figureId}" belongs to round ${figure.roundId}; an event outside the rounds is never counted in one`,
        );
      else if (figure.role !== "shown") problems.push(`${where("events", e.id, "figureId")}: "${e.figureId}" is not a shown figure`);
    }
    if (rounds.some((r) => r.release.date === e.date))
      problems.push(`${where("events", e.id, "date")}: a round's release is dated ${e.date}; a release in a round belongs in rounds.json`);
  }

  if (metaResult.success) {
    const [current] = metaResult.data.changelog;
    if (current && (current.version !== metaResult.data.version || current.date !== metaResult.data.updated))
      problems.push(
        `data/meta.json: field "changelog.0": the newest entry (${current.version}, ${current.date}) must match version ${metaResult.data.version} and updated ${metaResult.data.updated}`,
      );
    metaResult.data.changelog.forEach((c, i, all) => {
      const next = all[i + 1];
      if (next && next.date > c.date) problems.push(`data/meta.json: field "changelog.${i}.date": entries must be newest first`);
    });
  }

  for (const d of discrepancies) {
    d.figures.forEach((id, i) => {
      if (!figureById.has(id) && !figureRejected(id))
        problems.push(`${where("discrepancies", d.id, `figures.${i}`)}: unknown figure "${id}"`);
    });
    d.rounds.forEach((id, i) => {
      if (!roundIds.has(id) && !rejectedRounds.has(id))
        problems.push(`${where("discrepancies", d.id, `rounds.${i}`)}: unknown round "${id}"`);
    });
    checkEvidence("discrepancies", d.id, "evidence", d.evidence, sourceIds, problems);
  }

  for (const h of headlines) {
    const figure = figureById.get(h.figureId);
    if (!figure) {
      if (!figureRejected(h.figureId)) problems.push(`${where("headlines", h.id, "figureId")}: unknown figure "${h.figureId}"`);
      continue;
    }
    if (figure.role !== "shown") problems.push(`${where("headlines", h.id, "figureId")}: "${h.figureId}" is not a shown figure`);
    h.parts?.forEach((id, i) => {
      const part = figureById.get(id);
      if (!part && !figureRejected(id)) problems.push(`${where("headlines", h.id, `parts.${i}`)}: unknown figure "${id}"`);
      else if (part && part.partOf !== figure.id)
        problems.push(`${where("headlines", h.id, `parts.${i}`)}: "${id}" is not a part of "${figure.id}" (its partOf)`);
    });
  }

  if (problems.length > 0) throw new DatasetError(problems);
  return {
    meta: metaResult.data!,
    sources,
    rounds: [...rounds].sort((a, b) => dateMidpoint(a.release.date) - dateMidpoint(b.release.date)),
    figures,
    series,
    events: [...events].sort((a, b) => dateMidpoint(a.date) - dateMidpoint(b.date)),
    discrepancies,
    headlines,
  };
}

export const dataFiles = ["sources", "rounds", "figures", "series", "events", "discrepancies", "headlines", "meta"] as const;

/** Reads the data files from `<root>/data`; a file that is not valid JSON throws, naming the file, line and column. */
export function readRawDataset(root?: string): RawDataset {
  return Object.fromEntries(dataFiles.map((name) => [name, readDataFile(name, root)])) as RawDataset;
}

/**
 * The validated dataset, read (with fs, not a JSON import: see data/load-json.ts) and parsed once at module load: a bad
 * edit fails every test and the build here.
 */
export const dataset: Dataset = validateDataset(readRawDataset());
