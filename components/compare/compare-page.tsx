import type { ReactNode } from "react";
import { buildComparison, compareSideLabel, type CompareSideId } from "@/data/compare";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { PageHeader } from "../page-header";
import { ComparePicker } from "./compare-picker";
import { CompareView } from "./compare-view";
import { EveryPair } from "./every-pair";
import { SameSideMessage } from "./same-side-message";

/** The body of a comparison page: title, pickers, the comparison (answer first) or, for one side twice, a message; every pair last. */
export function ComparePage({
  a,
  b,
  showEveryPair = false,
  locale = DEFAULT_LOCALE,
  children,
}: {
  a: CompareSideId;
  b: CompareSideId;
  showEveryPair?: boolean;
  locale?: Locale;
  children?: ReactNode;
}) {
  return (
    <article className="flex flex-col gap-6">
      <PageHeader section="Compare" title={a === b ? "Compare rounds" : `${compareSideLabel(a)} compared with ${compareSideLabel(b)}`} />
      {children}
      {a === b && <SameSideMessage side={a} />}
      <ComparePicker a={a} b={b} />
      {a !== b && <CompareView comparison={buildComparison(a, b)} locale={locale} />}
      {showEveryPair && <EveryPair />}
    </article>
  );
}
