"use client";

import { localePath } from "@/data/text/locale-path";
import { usePathname } from "next/navigation";
import be from "@/data/text/messages/be/error.json" with { type: "json" };
import en from "@/data/text/messages/en/error.json" with { type: "json" };
import pl from "@/data/text/messages/pl/error.json" with { type: "json" };
import ru from "@/data/text/messages/ru/error.json" with { type: "json" };

import { DEFAULT_LOCALE, isLocale } from "@/data/text/locales";

// A client component: it takes its few words (no arguments) straight from the error namespace's catalogues, so the
// browser loads neither the other namespaces nor the message formatter.
const MESSAGES = { en, pl, be, ru };

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const segment = usePathname()?.split("/")[1] ?? "";
  const locale = isLocale(segment) ? segment : DEFAULT_LOCALE;
  const m = MESSAGES[locale];
  return (
    <div role="alert" className="flex flex-col gap-3 py-12">
      <h1 className="text-2xl font-bold text-ink">{m.title}</h1>
      <p className="text-ink">{m.text}</p>
      <p className="flex gap-4">
        <button type="button" onClick={reset} className="text-accent-strong underline">
          {m.retry}
        </button>
        <a href={localePath(locale, "/")} className="text-accent-strong underline">
          {m.home}
        </a>
      </p>
    </div>
  );
}
