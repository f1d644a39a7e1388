import { changeAnchor, changelog } from "@/data/changelog";
import { formatDate } from "@/data/format-figure";
import { datasetFor } from "@/data/localized";
import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";
import { richMessage } from "./rich-message";

/** Every release of the dataset, newest first, with what was added and corrected in plain words. */
export function ChangelogList({ locale = DEFAULT_LOCALE }: { locale?: Locale }) {
  return (
    <ol className="flex flex-col gap-6">
      {changelog(datasetFor(locale)).map((entry) => (
        <li
          key={entry.version}
          id={changeAnchor(entry)}
          className="scroll-mt-4 rounded-lg border border-border p-4"
          data-release={entry.version}
        >
          <h2 className="text-lg font-semibold text-ink">
            {richMessage(
              locale,
              "changes.versionHeading",
              { version: entry.version, date: formatDate(entry.date, locale) },
              { time: (chunks) => <time dateTime={entry.date}>{chunks}</time> },
            )}
          </h2>
          <p className="mt-1 text-ink">{entry.summary}</p>
          {entry.added.length > 0 && (
            <>
              <h3 className="mt-3 font-semibold text-ink">{t(locale, "changes.added")}</h3>
              <ul className="mt-1 list-disc pl-5 text-sm text-ink">
                {entry.added.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </>
          )}
          {entry.corrected.length > 0 && (
            <>
              <h3 className="mt-3 font-semibold text-ink">{t(locale, "changes.corrected")}</h3>
              <ul className="mt-1 list-disc pl-5 text-sm text-ink">
                {entry.corrected.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
