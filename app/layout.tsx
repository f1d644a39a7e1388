import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { FEED_PATH, FEED_TITLE, FEED_TYPE } from "@/data/changelog";
import { dataset } from "@/data/dataset";
import { roundYears } from "@/data/queries";
import { siteUrl } from "@/data/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: dataset.meta.title, template: "%s · Belarus releases" },
  description: `How many political prisoners Belarus released after each round of US–Belarus talks in ${roundYears()}, on whose word, and how many are still held.`,
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
