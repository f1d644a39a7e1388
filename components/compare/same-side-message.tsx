import { compareHref, compareSideLabel, nearestPartner, type CompareSideId } from "@/data/compare";

/** The same side on both sides: say so, and offer the nearest other side in one click. */
export function SameSideMessage({ side }: { side: CompareSideId }) {
  const other = nearestPartner(side);
  return (
    <div role="status" className="rounded-lg border-2 border-lower-bound p-4 text-ink" data-same-side>
      <p className="font-semibold">{compareSideLabel(side)} is on both sides, so there is nothing to compare.</p>
      <p className="mt-1">
        Pick another round for one side below, or compare it with{" "}
        <a href={compareHref(side, other)} className="text-accent-strong underline">
          {compareSideLabel(other)}
        </a>
        .
      </p>
    </div>
  );
}
