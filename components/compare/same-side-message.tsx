import { compareHref, compareSideLabel, nearestPartner, type CompareSideId } from "@/data/compare";
import { datasetFor } from "@/data/localized";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { richMessage } from "../rich-message";
import { localePath } from "@/data/text/locale-path";

/** The same side on both sides: say so, and offer the nearest other side in one click. */
export function SameSideMessage({ side, locale = DEFAULT_LOCALE }: { side: CompareSideId; locale?: Locale }) {
  const data = datasetFor(locale);
  const other = nearestPartner(side, data);
  return (
    <div role="status" className="rounded-lg border-2 border-lower-bound p-4 text-ink" data-same-side>
      <p className="font-semibold">{t(locale, "comparePage.sameSide", { side: compareSideLabel(side, data, locale) })}</p>
      <p className="mt-1">
        {richMessage(locale, "comparePage.sameSideOffer", {
          other: compareSideLabel(other, data, locale),
          link: (chunks) => (
            <a href={localePath(locale, compareHref(side, other))} className="text-accent-strong underline">
              {chunks}
            </a>
          ),
        })}
      </p>
    </div>
  );
}
