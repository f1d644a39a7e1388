import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { dataset } from "@/data/dataset";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: dataset.meta.title, template: "%s · Belarus releases" },
  description:
    "How many political prisoners Belarus released after each round of US–Belarus talks in 2025–2026, on whose word, and how many are still held.",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="bg-surface text-ink antialiased">
        <SiteHeader />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
