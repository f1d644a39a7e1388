import { formatNumber } from "@/data/format-figure";
import type { MessageKey } from "@/data/text/catalogues";
import { localePath } from "@/data/text/locale-path";
import type { Locale } from "@/data/text/locales";
import { richMessage } from "../rich-message";

/** Why not every pair has a page, with its link to the list of all rounds (the picker's and the pair list's words). */
export function CapNote({
  message,
  rounds,
  rule,
  locale,
  className,
}: {
  message: Extract<MessageKey, "comparePage.pickerCap" | "comparePage.everyPairCap">;
  rounds: number;
  rule?: string;
  locale: Locale;
  className: string;
}) {
  return (
    <p className={className} data-compare-cap>
      {richMessage(locale, message, {
        ...(rule === undefined ? {} : { rule }),
        rounds,
        roundsText: formatNumber(rounds, locale),
        link: (chunks) => (
          <a href={localePath(locale, "/rounds")} className="text-accent-strong underline">
            {chunks}
          </a>
        ),
      })}
    </p>
  );
}
