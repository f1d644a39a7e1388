/** What the page ignored in its address (from data/query-params.ts), announced politely and shown as plain text. */
export function QueryNotice({ notices, className }: { notices: readonly string[]; className?: string }) {
  if (notices.length === 0) return null;
  return (
    <div
      role="status"
      className={`rounded-md border border-border bg-surface-alt px-3 py-2 text-sm text-ink ${className ?? ""}`}
      data-query-notice
    >
      <p className="font-semibold">Some settings in this address were ignored; the defaults are shown instead.</p>
      <ul className="mt-1 list-disc pl-5">
        {notices.map((notice, i) => (
          <li key={`${i}-${notice}`}>{notice}</li>
        ))}
      </ul>
    </div>
  );
}
