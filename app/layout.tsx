import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
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
      <body className="bg-surface text-ink antialiased">{children}</body>
    </html>
  );
}
