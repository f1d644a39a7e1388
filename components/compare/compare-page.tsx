import type { ReactNode } from "react";
import { buildComparison, compareSideLabel, type CompareSideId } from "@/data/compare";
import { datasetFor } from "@/data/localized";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
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
  const data = datasetFor(locale);
  const title =
    a === b
      ? t(locale, "comparePage.titleRounds")
      : t(locale, "comparePage.titlePair", { a: compareSideLabel(a, data, locale), b: compareSideLabel(b, data, locale) });
  return (
    <article className="flex flex-col gap-6">
      <PageHeader section={t(locale, "comparePage.section")} title={title} locale={locale} />
      {children}
      {a === b && <SameSideMessage side={a} locale={locale} />}
      <ComparePicker a={a} b={b} locale={locale} />
      {a !== b && <CompareView comparison={buildComparison(a, b, data, locale)} locale={locale} />}
      {showEveryPair && <EveryPair locale={locale} />}
    </article>
  );
}
