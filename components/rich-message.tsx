import { Fragment, type ReactNode } from "react";
import type { MessageKey } from "@/data/text/catalogues";
import type { Locale } from "@/data/text/locales";
import { intlFor } from "@/data/text/translate";

export type RichValues = Record<string, string | number | ((chunks: ReactNode[]) => ReactNode)>;

/**
 * A message with markup: its tags (<code>…</code>, <hidden>…</hidden>) become the elements the caller names, so a
 * translator can move a link or a code sample within the sentence. Server components only (it reads the catalogues).
 */
export function richMessage(locale: Locale, key: MessageKey, values: RichValues): ReactNode {
  const parts = intlFor(locale).formatMessage({ id: key }, values as Record<string, string>) as unknown as ReactNode;
  return Array.isArray(parts) ? parts.map((part, i) => <Fragment key={i}>{part}</Fragment>) : parts;
}
