import { LanguageSwitcher } from "@/components/language-switcher";
import { pageLocale } from "@/data/text/page-locale";

/**
 * The @languages slot of the root layouts: a catch-all whose params are the path of the page being read (Next fills a
 * parallel route's catch-all from the page's path), so the switcher is plain server-rendered HTML with no script.
 */
export default async function Languages({ params }: { params: Promise<{ path: string[]; locale?: string }> }) {
  const { path } = await params;
  return <LanguageSwitcher locale={await pageLocale(params)} path={`/${path.join("/")}`} />;
}
