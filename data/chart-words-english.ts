/**
 * The renderers' words in English, read straight from the English catalogue files: the fallback of client code (the
 * canvas's encoding and config) for a model that carries no words, without loading the catalogues of every language.
 */
import type { ChartWords } from "./chart-words";
import figure from "./text/messages/en/figure.json" with { type: "json" };
import words from "./text/messages/en/chartWords.json" with { type: "json" };

export const ENGLISH_CHART_WORDS: ChartWords = {
  ...words,
  qualifiers: {
    exact: figure.describeExact,
    "more-than": figure.describeMoreThan,
    "at-least": figure.describeAtLeast,
    about: figure.describeAbout,
  },
};
