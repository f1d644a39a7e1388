import type { Metadata } from "next";
import { ComparePage } from "@/components/compare/compare-page";
import { CompareQuery } from "@/components/compare/compare-query";
import { comparableForQuery, compareHref, compareSideIds, compareSideLabel, defaultComparison } from "@/data/compare";
import { comparisonOembedPath } from "@/data/embed-code";

const { a, b } = defaultComparison();

export const metadata: Metadata = {
  title: "Compare rounds",
  description: `Any two rounds of releases side by side, every number cited; by default ${compareSideLabel(a)} and ${compareSideLabel(b)}.`,
  alternates: {
    canonical: compareHref(a, b),
    types: {
      "application/json+oembed": [
        { url: comparisonOembedPath(a, b), title: `${compareSideLabel(a)} compared with ${compareSideLabel(b)}` },
      ],
    },
  },
};

export default function CompareIndexPage() {
  return (
    <ComparePage a={a} b={b} showEveryPair>
      <CompareQuery sideIds={compareSideIds()} defaults={{ a, b }} comparable={comparableForQuery()} />
    </ComparePage>
  );
}
