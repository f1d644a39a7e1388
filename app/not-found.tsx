export default function NotFound() {
  return (
    <div className="flex flex-col gap-3 py-12">
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
