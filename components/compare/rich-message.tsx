import type { ReactNode } from "react";
import type { MessageKey } from "@/data/text/catalogues";
import type { Locale } from "@/data/text/locales";
import { intlFor } from "@/data/text/translate";

type RichValues = Record<string, string | number | ((chunks: ReactNode[]) => ReactNode)>;

/**
 * A message whose words wrap markup (`<link>the list of all 600 rounds</link>`): the translator keeps the tag where the
 * language puts it, the component says what the tag becomes. The tag's element needs a key, as any child in a list.
 */
export function richMessage(locale: Locale, key: MessageKey, values: RichValues): ReactNode {
  // The shared IntlShape is typed for text; FormatJS returns the tags' React elements among the strings as they are.
  const format = intlFor(locale).formatMessage as unknown as (descriptor: { id: string }, values: RichValues) => ReactNode;
  return format({ id: key }, values);
}
