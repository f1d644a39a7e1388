import { compareHref, compareSideIds, compareSideLabel } from "@/data/compare";

/** Every ordered pair as a plain link, grouped by the left side: any comparison is one click from here. */
export function EveryPair() {
  const ids = compareSideIds();
  return (
    <section aria-labelledby="every-pair-title" className="rounded-lg border border-border p-4" data-print="hide">
      <h2 id="every-pair-title" className="text-lg font-semibold text-ink">
        Every pair
      </h2>
      <ul className="mt-2 flex flex-col gap-2 text-sm">
        {ids.map((a) => (
          <li key={a} data-pair-row={a}>
            <span className="font-semibold text-ink">{compareSideLabel(a)} with:</span>{" "}
            {ids
              .filter((b) => b !== a)
              .map((b, i) => (
                <span key={b}>
                  {i > 0 && " · "}
                  <a
                    href={compareHref(a, b)}
                    aria-label={`Compare ${compareSideLabel(a)} with ${compareSideLabel(b)}`}
                    className="text-accent-strong underline-offset-2 hover:underline"
                  >
                    {compareSideLabel(b)}
                  </a>
                </span>
              ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
