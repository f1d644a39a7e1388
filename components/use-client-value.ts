import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * A value read once in the browser, with what the server HTML shows in its place (also during hydration, so the
 * markup matches): the reader's date, the address's query string, whether React runs the page.
 */
export function useClientValue<T>(inBrowser: () => T, inServerHtml: () => T): T {
  return useSyncExternalStore(noSubscription, inBrowser, inServerHtml);
}

/**
 * False in the server HTML and during hydration, true once React runs the page. A button whose action needs
 * JavaScript stays disabled until then, so neither a reader without JavaScript nor one who clicks before the runtime
 * has loaded (it loads on demand) meets a button that silently does nothing.
 */
export function useHydrated(): boolean {
  return useClientValue(
    () => true,
    () => false,
  );
}
