/** What a missing page says, with a way back: the site's 404 page and the not-found boundary of every layout. */
export function NotFoundMessage() {
  return (
    <div className="flex flex-col gap-3 py-6">
      <h1 className="text-2xl font-bold text-ink">Page not found</h1>
      <p className="text-ink">There is no round, chart or page at this address.</p>
      <p>
        <a href="/" className="text-accent-strong underline">
          Back to the dashboard
        </a>{" "}
        or see{" "}
        <a href="/sources" className="text-accent-strong underline">
          all sources
        </a>
        .
      </p>
    </div>
  );
}
