import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  output: "export",
  images: { unoptimized: true },
  trailingSlash: false,
  reactStrictMode: true,
  poweredByHeader: false,
  // resvg (the static PNG pictures, drawn at build) is a native module: Node loads it, the bundler leaves it alone.
  serverExternalPackages: ["@resvg/resvg-js"],
  // Tailwind's whole stylesheet is ~4 KiB gzipped: inlining it removes the one render-blocking request before first paint.
  // globalNotFound: with a root layout per language (app/(site) for English, app/[locale]) there is no single layout
  // to wrap a 404 in; app/global-not-found.tsx is the whole 404 document (out/404.html).
  experimental: { inlineCss: true, globalNotFound: true },
};

export default nextConfig;
