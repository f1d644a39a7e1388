import { DEFAULT_LOCALE, type Locale } from "@/data/text/locales";
import { t } from "@/data/text/translate";

/** What the page ignored in its address (from data/query-params.ts), announced politely and shown as plain text. */
export function QueryNotice({
  notices,
  className,
  locale = DEFAULT_LOCALE,
}: {
  notices: readonly string[];
  className?: string;
  locale?: Locale;
}) {
  if (notices.length === 0) return null;
  return (
    <div
      role="status"
      className={`rounded-md border border-border bg-surface-alt px-3 py-2 text-sm text-ink ${className ?? ""}`}
      data-query-notice
    >
      <p className="font-semibold">{t(locale, "site.queryIgnored")}</p>
      <ul className="mt-1 list-disc pl-5">
        {notices.map((notice, i) => (
          <li key={`${i}-${notice}`}>{notice}</li>
        ))}
      </ul>
    </div>
  );
}
