import { PageNotFound } from "@/components/page-not-found";

/** Rendered in the bare root layout (it also answers for unknown embeds), so it brings the site's header and footer itself. */
export default function NotFound() {
  return <PageNotFound />;
}
