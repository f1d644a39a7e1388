"use client";

import { useEffect } from "react";
import { compareHref } from "@/data/compare-href";
import { localePath } from "@/data/text/locale-path";
import type { Locale } from "@/data/text/locales";
import type { CompareQueryTexts } from "@/data/compare";
import { parseCompareQuery, type ComparablePairs } from "@/data/query-params";
import { useClientValue } from "../use-client-value";

/**
 * Progressive enhancement for /compare?a=…&b=…: a valid pair goes to its permalink; anything else, a pair without a
 * page included (`comparable`, when not every pair has one), stays on the default comparison with a visible notice.
 * Without JavaScript the page simply shows the default. The notices' words come from the server in the page's
 * language (`texts`, from compareQueryTexts), so this leaf carries no catalogue.
 */
export function CompareQuery({
  sideIds,
  defaults,
  comparable,
  texts,
  locale,
}: {
  /** The page's language: a valid pair goes to its permalink in that language. */
  locale: Locale;
  sideIds: string[];
  defaults: { a: string; b: string };
  comparable?: ComparablePairs;
  texts: CompareQueryTexts;
}) {
  const search = useClientValue(
    () => window.location.search,
    () => "",
  );
  const params = new URLSearchParams(search);
  const asked = params.has("a") || params.has("b");
  const parsed = parseCompareQuery(search, sideIds, defaults, comparable, texts.words);
  const { value } = parsed;
  const notices = value.a === value.b ? [...parsed.notices, texts.bothSame] : parsed.notices;
  const target = asked && notices.length === 0 ? localePath(locale, compareHref(value.a, value.b)) : undefined;
  useEffect(() => {
    if (target) window.location.replace(target);
  }, [target]);
  if (!asked || notices.length === 0) return null;
  return (
    <div role="status" className="rounded-lg border-2 border-lower-bound p-3 text-sm text-ink" data-query-notice>
      {notices.map((n) => (
        <p key={n}>{n}</p>
      ))}
      <p>{texts.fallback}</p>
    </div>
  );
}
