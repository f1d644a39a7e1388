import type { ReactNode } from "react";

/** A page's breadcrumb back to the dashboard (and to its section's index, when it has one) and its title. */
export function PageHeader({
  section,
  sectionHref,
  title,
  children,
}: {
  section: string;
  sectionHref?: string;
  title: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header>
      <p className="text-sm text-muted">
        <a href="/" className="underline">
          Dashboard
        </a>{" "}
        ›{" "}
        {sectionHref ? (
          <a href={sectionHref} className="underline">
            {section}
          </a>
        ) : (
          section
        )}
      </p>
      <h1 className="mt-1 text-2xl font-bold text-ink sm:text-3xl">{title}</h1>
      {children}
    </header>
  );
}
