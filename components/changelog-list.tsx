import { changeAnchor, changelog } from "@/data/changelog";
import { formatDate } from "@/data/format-figure";

/** Every release of the dataset, newest first, with what was added and corrected in plain words. */
export function ChangelogList() {
  return (
    <ol className="flex flex-col gap-6">
      {changelog().map((entry) => (
        <li
          key={entry.version}
          id={changeAnchor(entry)}
          className="scroll-mt-4 rounded-lg border border-border p-4"
          data-release={entry.version}
        >
          <h2 className="text-lg font-semibold text-ink">
            Version {entry.version}, <time dateTime={entry.date}>{formatDate(entry.date)}</time>
          </h2>
          <p className="mt-1 text-ink">{entry.summary}</p>
          {entry.added.length > 0 && (
            <>
              <h3 className="mt-3 font-semibold text-ink">Added</h3>
              <ul className="mt-1 list-disc pl-5 text-sm text-ink">
                {entry.added.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </>
          )}
          {entry.corrected.length > 0 && (
            <>
              <h3 className="mt-3 font-semibold text-ink">Corrected</h3>
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
