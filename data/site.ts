/**
 * The site's public origin, used wherever a URL leaves the site: permalinks, embed code, oEmbed, citations, downloads.
 * Set NEXT_PUBLIC_SITE_URL at build time to the deployed origin; the default is a placeholder.
 */
export const siteUrl = normaliseOrigin(process.env.NEXT_PUBLIC_SITE_URL) ?? "https://belarus-releases.example";

/** The site's name in English; siteNameFor(locale) in data/site-metadata.ts gives it in a locale (this module stays free of the catalogues: client code imports it). */
export const siteName = "Belarus political-prisoner releases";

function normaliseOrigin(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  } catch {
    return undefined;
  }
}

/** "/charts/x" -> "https://…/charts/x". */
export function absoluteUrl(path: string, origin: string = siteUrl): string {
  return `${origin}${path.startsWith("/") ? path : `/${path}`}`;
}
