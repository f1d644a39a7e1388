import { discrepancyHref } from "@/data/discrepancy-links";
import type { Discrepancy } from "@/data/schema";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";

/** The dashboard's list of disagreements, one line each; every side, quote and source is one click away on /sources. */
export function DiscrepancyIndex({ discrepancies, locale = DEFAULT_LOCALE }: { discrepancies: Discrepancy[]; locale?: Locale }) {
  if (discrepancies.length === 0) return <p className="text-sm text-muted">{t(locale, "disagreement.none")}</p>;
  return (
    <ul className="grid list-disc gap-x-4 gap-y-1 pl-5 text-sm lg:grid-cols-2">
      {discrepancies.map((d) => (
        <li key={d.id} data-discrepancy-link={d.id}>
          <a href={discrepancyHref(d, locale)} className="text-ink underline decoration-border underline-offset-2 hover:decoration-current">
            {d.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
