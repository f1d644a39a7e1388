import type { ReactNode } from "react";
import { buildComparison, compareSideLabel, type CompareSideId } from "@/data/compare";
import { ComparePicker } from "./compare-picker";
import { CompareView } from "./compare-view";
import { EveryPair } from "./every-pair";
import { SameSideMessage } from "./same-side-message";

/** The body of a comparison page: title, picker, then the comparison or, for one side twice, a message. */
export function ComparePage({
  a,
  b,
  showEveryPair = false,
  children,
}: {
  a: CompareSideId;
  b: CompareSideId;
  showEveryPair?: boolean;
  children?: ReactNode;
}) {
  return (
    <article className="flex flex-col gap-6">
      <header>
        <p className="text-sm text-muted">
          <a href="/" className="underline">
            Dashboard
          </a>{" "}
          › Compare
        </p>
        <h1 className="mt-1 text-2xl font-bold text-ink sm:text-3xl">
          {a === b ? "Compare rounds" : `${compareSideLabel(a)} compared with ${compareSideLabel(b)}`}
        </h1>
      </header>
      {children}
      {a === b && <SameSideMessage side={a} />}
      <ComparePicker a={a} b={b} />
      {showEveryPair && <EveryPair />}
      {a !== b && <CompareView comparison={buildComparison(a, b)} />}
    </article>
  );
}
