import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";

/** Rendered in the bare root layout (it also answers for unknown embeds), so it brings the site's header and footer itself. */
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-12">
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
      </main>
      <SiteFooter />
    </>
  );
}
