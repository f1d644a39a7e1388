import type { Metadata } from "next";
import { SiteDocument, siteMetadata, siteViewport } from "@/components/site-document";
import { pageLocale } from "@/data/text/page-locale";
import { PREFIXED_LOCALES } from "@/data/text/locales";
import "../globals.css";

/** The root layout of the Polish, Belarusian and Russian editions, under /pl/, /be/ and /ru/: <html lang> per language. */
export const dynamicParams = false;

export function generateStaticParams() {
  return PREFIXED_LOCALES.map((locale) => ({ locale }));
}

export const viewport = siteViewport;

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  return siteMetadata(await pageLocale(params));
}

export default async function LocaleLayout({ children, languages, params }: LayoutProps<"/[locale]">) {
  return (
    <SiteDocument locale={await pageLocale(params)} languages={languages}>
      {children}
    </SiteDocument>
  );
}
