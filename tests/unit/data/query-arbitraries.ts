/** Query-string inputs for fuzzing the one parser and the embeds' script generated from its rules. */
import fc from "fast-check";

export const ROUNDS = ["2025-02", "2025-04", "2025-06", "2025-09", "2025-12", "2026-03"] as const;

export const SCRIPT_LIKE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(document.cookie)",
  "<svg/onload=alert(1)>",
  "'\"><iframe src=//evil.example>",
  "&lt;b&gt;bold&lt;/b&gt;",
  "\u202e<script>",
  "dark<script>",
  "%3Cscript%3E",
  "%E0%A4%A",
  "%",
  "💥".repeat(30),
];

/** Values as a reader, a bot or an attacker might put them in an address. */
export const value = fc.oneof(
  fc.constantFrom(...SCRIPT_LIKE),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ maxLength: 5_000 }),
  fc.mixedCase(fc.constantFrom("light", "dark", "auto", " dark ", "li ght", "darkk", "Auto ")),
  fc.constantFrom(...ROUNDS, "2025-13", "../2025-12", "2025-12/2026-03", "2025-12\u0000"),
);
export const key = fc.oneof(fc.constantFrom("theme", "a", "b", "THEME", "theme[]", "utm_source"), fc.string({ maxLength: 10 }));

/** Query strings assembled from pairs, encoded or raw, with the odd stray separator. */
export const queryString = fc.oneof(
  fc
    .array(fc.tuple(key, value, fc.boolean()), { maxLength: 8 })
    .map((pairs) => pairs.map(([k, v, encode]) => (encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`)).join("&")),
  fc.tuple(fc.constantFrom("?", "", "??", "&&"), value).map(([prefix, v]) => `${prefix}theme=${v}`),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.webQueryParameters(),
);
