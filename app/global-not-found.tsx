import type { Metadata } from "next";
import { SiteDocument, siteMetadata, siteViewport } from "@/components/site-document";
import { DEFAULT_LOCALE } from "@/data/text/locales";
import "./globals.css";

// With a root layout per language there is no single layout to wrap a 404 in: this whole document answers every
// unmatched address (out/404.html), in English, with a way back and the dashboard in each language.
export const metadata: Metadata = siteMetadata(DEFAULT_LOCALE);
export const viewport = siteViewport;

export default function GlobalNotFound() {
  return (
    <SiteDocument locale={DEFAULT_LOCALE} switcherPath="/">
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
    </SiteDocument>
  );
}
