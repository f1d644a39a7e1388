import type { Metadata } from "next";
import { ComparePage } from "@/components/compare/compare-page";
import { CompareQuery } from "@/components/compare/compare-query";
import { compareHref, compareSideIds, compareSideLabel, DEFAULT_COMPARISON } from "@/data/compare";

const { a, b } = DEFAULT_COMPARISON;

export const metadata: Metadata = {
  title: "Compare rounds",
  description: `Any two rounds of releases side by side, every number cited; by default ${compareSideLabel(a)} and ${compareSideLabel(b)}.`,
};

export default function CompareIndexPage() {
  return (
    <ComparePage a={a} b={b} showEveryPair>
      <link rel="canonical" href={compareHref(a, b)} />
      <CompareQuery sideIds={compareSideIds()} defaults={DEFAULT_COMPARISON} />
    </ComparePage>
  );
}
