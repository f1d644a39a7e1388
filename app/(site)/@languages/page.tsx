import { LanguageSwitcher } from "@/components/language-switcher";
import { pageLocale, type LocaleParams } from "@/data/text/page-locale";

/** The @languages slot on the dashboard (/, /pl, /be, /ru), which the catch-all beside it does not match. */
export default async function DashboardLanguages({ params }: { params: LocaleParams }) {
  return <LanguageSwitcher locale={await pageLocale(params)} path="/" />;
}
