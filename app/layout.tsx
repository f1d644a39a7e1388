import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { FEED_PATH, FEED_TITLE, FEED_TYPE } from "@/data/changelog";
import { siteUrl } from "@/data/site";
import { siteMetadata } from "@/data/site-metadata";
import { DEFAULT_LOCALE } from "@/data/text/locales";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  ...siteMetadata(DEFAULT_LOCALE),
};

export const viewport: Viewport = {
  colorScheme: "light dark",
};

/** The bare document shared by the site and the embeds; the site's header and footer live in app/(site)/layout.tsx. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        {/* In the layout, not in metadata.alternates: pages that set their own alternates would drop it. */}
        <link rel="alternate" type={FEED_TYPE} href={FEED_PATH} title={FEED_TITLE} />
      </head>
      <body className="bg-surface text-ink antialiased">{children}</body>
    </html>
  );
}
