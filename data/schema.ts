import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a kebab-case id");
const text = z.string().trim().min(1);

/** No word of a label may be longer than this: a longer one cannot wrap and would widen a 390 px page. */
export const MAX_WORD_LENGTH = 30;

/**
 * A label or title that renders in a card, a heading, a table cell or on a chart axis, limited to what fits there.
 * Each limit leaves the real data room (the longest real value is in the comment beside each use).
 */
function label(max: number, where: string) {
  return text
    .refine((s) => s.length <= max, {
      error: (issue) => `is ${String(issue.input).length} characters long; at most ${max} fit ${where}: shorten it`,
    })
    .refine((s) => s.split(/\s+/).every((word) => word.length <= MAX_WORD_LENGTH), {
      error: `has a word longer than ${MAX_WORD_LENGTH} characters, which cannot wrap and would widen the page: add spaces or shorten it`,
    });
}

const QUOTE_MARKS = `"'“”„‟‘’‚‛«»‹›`;

/** The source's exact words, without quotation marks around them: the site adds its own, so they would render doubled. */
const quote = text.refine((s) => !(QUOTE_MARKS.includes(s[0]!) && QUOTE_MARKS.includes(s.at(-1)!)), {
  error: "carries its own quotation marks around it (they would render doubled): remove the outer quotation marks",
});

/** Only http(s) links: anything else (javascript:, data:…) would become a live link on /sources and in the downloads. */
const httpUrl = z.url({
  protocol: /^https?$/i,
  error: "must be an http:// or https:// address (javascript:, data: and other schemes are not allowed): fix the link",
});

function isRealDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date, possibly only to the month or year: "2025", "2025-09", "2025-09-11". */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isRealDate, "is not a real calendar date (no such day or month): fix it")
  .describe("A date to the day, month or year: YYYY-MM-DD, YYYY-MM or YYYY.");

/** "2025-09": the month of the release; a suffix ("2025-09-b") tells apart two rounds in one month. */
export const roundId = z.string().regex(/^\d{4}-\d{2}(-[a-z0-9]+)?$/, "must be YYYY-MM or YYYY-MM-suffix");

export const qualifier = z
  .enum(["exact", "more-than", "at-least", "about"])
  .describe("How the source states the number: exactly, as a strict lower bound, as a lower bound, or approximately.");

export const measure = z
  .enum([
    "released",
    "released-by-nationality",
    "recognised-political-prisoners",
    "returned-to-prison",
    "sent",
    "held",
    "prisoners-of-conscience-held",
    "pardoned",
    "pardoned-us-assisted",
    "released-cumulative",
    "expelled",
    "newly-recognised",
  ])
  .describe("What the figure counts.");

/** Words that a source wrote and the exact quote that supports them. */
export const evidence = z.strictObject({
  sourceId: slug.describe("Id of an entry in sources.json."),
  quote: quote.describe("The source's exact words, copied verbatim, without quotation marks around them."),
});

export const source = z.strictObject({
  id: slug,
  kind: z.enum(["primary", "secondary"]),
  publisher: label(80, "a credit line").describe("The original publisher, credited first (AP, Reuters, PISM…)."), // 48
  via: label(80, "a credit line").optional().describe('Where the text was read when it is a republished copy ("AP, via …").'),
  title: label(300, "a source entry").optional().describe("The title as the page states it; absent only when titleBasis is unknown."), // 126
  titleBasis: z
    .enum(["url-slug", "editor", "unknown"])
    .optional()
    .describe(
      "Absent: title as published. url-slug: reconstructed from the URL. editor: a descriptive title given by the curators. unknown: no page states the title, and the URL does not spell it out.",
    ),
  series: text.optional(),
  number: text.optional(),
  author: label(120, "a credit line").optional(),
  published: z.strictObject({
    date: partialDate.optional(),
    basis: z
      .enum(["in-file", "url", "page", "not-shown"])
      .describe("Where the publication date comes from; not-shown when the source states none."),
  }),
  url: httpUrl.optional(),
  localFile: text.optional().describe("Path of the text as received, relative to the repository root."),
  language: z.enum(["en", "uk", "el", "sr"]),
  curationNotes: z.array(text),
});

export const round = z.strictObject({
  id: roundId,
  label: label(40, "a chart axis and a table cell").describe('The round as readers name it: "March 2026".'), // 14
  pismRound: z.int().positive().optional().describe("PISM's numbering of the round (5 for its fifth round), where PISM numbers it."),
  talks: z
    .strictObject({
      from: partialDate,
      to: partialDate.optional(),
      place: label(60, "a table cell"), // 5
      summary: text,
      evidence: z.array(evidence).min(1),
    })
    .optional(),
  release: z.strictObject({
    date: partialDate,
    evidence: z.array(evidence).min(1),
    otherDates: z
      .array(z.strictObject({ date: partialDate, evidence: z.array(evidence).min(1) }))
      .optional()
      .describe("Other release dates that a source gives, where the date is not settled (see discrepancies.json)."),
  }),
  envoys: z.array(
    z.strictObject({
      name: label(80, "a table cell"), // 20
      role: label(100, "a table cell"), // 38
      evidence: z.array(evidence).min(1),
    }),
  ),
  inReturn: z.strictObject({
    summary: text,
    kind: z.enum(["nothing", "sanctions-relief", "not-stated"]),
    evidence: z.array(evidence),
  }),
  destinations: z.strictObject({
    summary: text,
    evidence: z.array(evidence),
    allTo: text
      .optional()
      .describe(
        "Where the sources place everyone released in the round, when they give no figure per destination; the first evidence says so.",
      ),
  }),
  notable: z.array(
    z.strictObject({
      name: label(100, "a list item"), // 41
      description: text.optional(),
      evidence: z.array(evidence).min(1),
    }),
  ),
  notes: z.array(text),
});

export const figure = z.strictObject({
  id: slug,
  measure,
  label: label(120, "a card, a table cell and a tooltip").describe("What was counted, in a reader's words."), // 79
  value: z.number().finite().nonnegative(),
  qualifier,
  stated: text.describe('The number as the source wrote it ("1,000", "Three", "an American"); the quote must contain it.'),
  roundId: roundId.optional(),
  refersTo: z.strictObject({
    from: partialDate,
    to: partialDate.optional(),
    label: label(40, "a table cell").optional(), // 17
  }),
  role: z
    .enum(["shown", "corroborates", "contradicts"])
    .describe("shown: the figure the product displays; the others point at it with `about`."),
  about: slug.optional().describe("With corroborates/contradicts: the id of the figure this one supports or disputes."),
  partOf: slug.optional().describe("Id of the whole that this figure is a part of."),
  breakdown: z
    .enum(["destination", "nationality", "status", "returned"])
    .optional()
    .describe("Which split of the whole this part belongs to; parts of one split may not exceed the whole."),
  group: label(60, "a chart legend").optional().describe("The category within the breakdown (a destination, a nationality)."),
  sourceId: slug,
  quote: quote.describe("The source's exact words, copied verbatim, without quotation marks around them."),
  note: text.optional(),
});

export const series = z.strictObject({
  id: slug,
  measure: measure.describe("What every point of the series counts; different measures never share a series."),
  title: label(120, "a chart legend"), // 41
  unit: text,
  description: text,
  points: z.array(slug).min(1).describe("Figure ids, in date order."),
});

/** Something that happened outside the release rounds: never added to a round or to the round totals. */
export const event = z.strictObject({
  id: slug,
  kind: z.enum(["release-outside-rounds"]),
  date: partialDate,
  label: label(60, "a chart annotation").describe("A short name for the event, as drawn on the time axis."),
  summary: text,
  figureId: slug.optional().describe("The shown figure counting the people the event concerns, if a source gives one."),
  relatedRound: roundId.optional().describe("A round the event is linked to (e.g. a person released in it and later returned to prison)."),
  evidence: z.array(evidence).min(1),
  notes: z.array(text),
});

export const derivedId = z.enum(["sum-2025-rounds"]);

export const discrepancy = z.strictObject({
  id: slug,
  title: label(200, "a heading"), // 114
  summary: text,
  rounds: z.array(roundId),
  figures: z.array(slug),
  derived: z.array(derivedId),
  evidence: z.array(evidence),
});

export const meta = z.strictObject({
  $schema: z.string().optional(),
  title: label(120, "the page title"), // 69
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  updated: partialDate,
  licence: z.strictObject({ name: text, title: label(80, "a credit line"), path: httpUrl }),
  curation: text,
  changelog: z
    .array(
      z.strictObject({
        version: z.string().regex(/^\d+\.\d+\.\d+$/),
        date: partialDate,
        summary: text.describe("The release in one sentence."),
        added: z.array(text).describe("What was added, in plain words."),
        corrected: z.array(text).describe("What was corrected, in plain words."),
      }),
    )
    .min(1)
    .describe("Every release of the dataset, newest first; the first entry is the current version and date."),
});

/** A headline card of the dashboard: which figure it shows, under which title. Its sentence is derived from the data. */
export const headline = z.strictObject({
  id: slug,
  title: label(60, "a headline card").describe('The card\'s heading: "Released after the sixth round".'), // 30
  figureId: slug.describe("Id of the shown figure in figures.json that the card states."),
  parts: z
    .array(slug)
    .optional()
    .describe('Ids of parts of the figure (its partOf) that the card\'s sentence mentions: "15 of them were sent to Lithuania…".'),
});

/** Each data file: its name, the key holding its entries, and the schema of one entry. */
export const collections = {
  sources: source,
  rounds: round,
  figures: figure,
  series: series,
  events: event,
  discrepancies: discrepancy,
  headlines: headline,
} as const;

export type Source = z.infer<typeof source>;
export type Round = z.infer<typeof round>;
export type RoundId = z.infer<typeof roundId>;
export type Figure = z.infer<typeof figure>;
export type Series = z.infer<typeof series>;
export type Discrepancy = z.infer<typeof discrepancy>;
export type DatasetEvent = z.infer<typeof event>;
export type ChangelogEntry = Meta["changelog"][number];
export type Evidence = z.infer<typeof evidence>;
export type Qualifier = z.infer<typeof qualifier>;
export type Measure = z.infer<typeof measure>;
export type DerivedId = z.infer<typeof derivedId>;
export type Meta = z.infer<typeof meta>;
export type HeadlineEntry = z.infer<typeof headline>;

/** One entry's translations: a field's stable path ("label", "talks.summary", "notable.<name>.description") → its text. */
const fieldTranslations = z.record(z.string(), text);
/** One data file's translations: entry id → its fields. */
const fileTranslations = z.record(z.string(), fieldTranslations);

/**
 * A language's translations of the data's text fields (data/translations/<locale>.json): data file → entry id → field
 * path → text. Quotes, ids, URLs, dates, publishers, source titles and stated numbers are never translated. meta.json
 * has no entries: its fields sit directly under "meta".
 */
export const translations = z.strictObject({
  $schema: z.string().optional(),
  sources: fileTranslations.optional().describe("Curation notes: curationNotes.<index>."),
  rounds: fileTranslations
    .optional()
    .describe(
      "label, talks.place, talks.summary, envoys.<name>.name|role, inReturn.summary, destinations.summary|allTo, notable.<name>.name|description, notes.<index>; <name> is the English name in kebab case.",
    ),
  figures: fileTranslations.optional().describe("label, note, group, refersTo.label."),
  series: fileTranslations.optional().describe("title, description."),
  events: fileTranslations.optional().describe("label, summary, notes.<index>."),
  discrepancies: fileTranslations.optional().describe("title, summary."),
  headlines: fileTranslations.optional().describe("title."),
  meta: fieldTranslations
    .optional()
    .describe("title, curation, changelog.<version>.summary|added.<index>|corrected.<index>; <version> with dashes (1-1-0)."),
});

/**
 * Names of people, places and organisations in the data's text, with their spelling in each language as the sources'
 * own language editions write them.
 */
const spelling = z.strictObject({
  form: text.describe("The name in the language, in the nominative: Łukaszenka, Лукашэнка, Лукашенко."),
  stems: z
    .array(text)
    .min(1)
    .describe('What every inflected form keeps ("Statkiewicz" in "Statkiewicza"); two stems where the stem alternates (Wiasn-, Wiaś-).'),
});

export const glossary = z.strictObject({
  $schema: z.string().optional(),
  names: z.array(
    z.strictObject({
      en: text.describe("The name as the English data writes it; every spelling in `match` counts as it."),
      match: z.array(text).optional().describe("Other English spellings of the same name in the data (Lukashenko, Mykola Statkevich)."),
      kind: z.enum(["person", "place", "organisation"]),
      pl: spelling,
      be: spelling,
      ru: spelling,
    }),
  ),
});

export type Translations = z.infer<typeof translations>;
export type Glossary = z.infer<typeof glossary>;
