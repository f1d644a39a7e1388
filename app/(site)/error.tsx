"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="flex flex-col gap-3 py-12">
      <h1 className="text-2xl font-bold text-ink">Something went wrong on this page</h1>
      <p className="text-ink">The figures and sources are unaffected; the page failed to display them.</p>
      <p className="flex gap-4">
        <button type="button" onClick={reset} className="text-accent-strong underline">
          Try again
        </button>
        <a href="/" className="text-accent-strong underline">
          Back to the dashboard
        </a>
      </p>
    </div>
  );
}
