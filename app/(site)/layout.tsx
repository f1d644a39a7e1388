import type { ReactNode } from "react";
import { SiteDocument, siteMetadata, siteViewport } from "@/components/site-document";
import { DEFAULT_LOCALE } from "@/data/text/locales";
import "../globals.css";

/**
 * The English root layout: the site's pages at their original, unprefixed paths. The other languages have their own
 * root layout in app/[locale]/layout.tsx; the embeds are route handlers that write whole documents.
 */
export const metadata = siteMetadata(DEFAULT_LOCALE);
export const viewport = siteViewport;

/** `languages` is the @languages slot: the language switcher, which gets the page's path as its own params. */
export default function SiteLayout({ children, languages }: { children: ReactNode; languages: ReactNode }) {
  return (
    <SiteDocument locale={DEFAULT_LOCALE} languages={languages}>
      {children}
    </SiteDocument>
  );
}
