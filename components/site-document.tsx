import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { FEED_PATH, FEED_TYPE, feedTitle } from "@/data/changelog";
import { siteUrl } from "@/data/site";
import { siteMetadata as siteText } from "@/data/site-metadata";
import type { Locale } from "@/data/text/locales";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The metadata every page of a language starts from; pages add their title, description and alternates. */
export function siteMetadata(locale: Locale): Metadata {
  return { metadataBase: new URL(siteUrl), ...siteText(locale) };
}

export const siteViewport: Viewport = {
  colorScheme: "light dark",
};

/**
 * The whole document of a page of the site in one language: <html lang>, the feed link, header (with `languages`,
 * the language switcher of the page), main and footer. Each language's root layout (app/(site)/layout.tsx for English, app/[locale]/layout.tsx
 * for the others) renders it; the embeds are route handlers that write their own documents.
 */
export function SiteDocument({ locale, languages, children }: { locale: Locale; languages: ReactNode; children: ReactNode }) {
  return (
    <html lang={locale}>
      {/* eslint-disable-next-line @next/next/no-head-element -- the root layouts' document (App Router), not pages/ */}
      <head>
        {/* In the layout, not in metadata.alternates: pages that set their own alternates would drop it. */}
        <link rel="alternate" type={FEED_TYPE} href={FEED_PATH} title={feedTitle(locale)} />
      </head>
      <body className="bg-surface text-ink antialiased">
        <SiteHeader locale={locale} languages={languages} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
