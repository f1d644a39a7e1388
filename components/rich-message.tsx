import type { IntlShape } from "@formatjs/intl";
import { Fragment, type ReactNode } from "react";
import type { MessageKey } from "@/data/text/catalogues";
import type { Locale } from "@/data/text/locales";
import { intlFor, type MessageValues } from "@/data/text/translate";

/** Wraps the text of a message's tag (<b>…</b>) in an element of the page. */
export type TagRenderer = (chunks: ReactNode[]) => ReactNode;

/**
 * A message whose words surround a link, a code sample or an emphasised figure: "<b>{figure}</b> released, {date}".
 * The translator places the tag; the page decides what it renders as (a TagRenderer, among `values` or in `tags`).
 * Server components only: it reads the catalogues.
 */
export function richMessage(
  locale: Locale,
  key: MessageKey,
  values: Record<string, MessageValues[string] | TagRenderer>,
  tags: Record<string, TagRenderer> = {},
): ReactNode {
  // The same formatter as t(): FormatJS returns the tags' elements alongside the text; its type only needs telling so.
  const intl = intlFor(locale) as unknown as IntlShape<ReactNode>;
  const result = intl.formatMessage({ id: key }, { ...values, ...tags });
  // Each part in a keyed fragment: the tags' elements come back from FormatJS without keys.
  return Array.isArray(result) ? result.map((part, i) => <Fragment key={i}>{part}</Fragment>) : result;
}
