import type { Metadata } from "next";
import { LanguageSwitcher } from "@/components/language-switcher";
import { NotFoundMessage } from "@/components/not-found-message";
import { SiteDocument, siteMetadata, siteViewport } from "@/components/site-document";
import { DEFAULT_LOCALE } from "@/data/text/locales";
import "./globals.css";

// With a root layout per language there is no single layout to wrap a 404 in: this whole document answers every
// unmatched address (out/404.html), in English, with a way back and the dashboard in each language.
export const metadata: Metadata = siteMetadata(DEFAULT_LOCALE);
export const viewport = siteViewport;

export default function GlobalNotFound() {
  return (
    <SiteDocument locale={DEFAULT_LOCALE} languages={<LanguageSwitcher locale={DEFAULT_LOCALE} path="/" current="true" />}>
      <NotFoundMessage />
    </SiteDocument>
  );
}
