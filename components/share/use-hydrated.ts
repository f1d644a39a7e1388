import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False in the server HTML and during hydration, true once React runs the page. A button whose action needs
 * JavaScript stays disabled until then, so neither a reader without JavaScript nor one who clicks before the runtime
 * has loaded (it loads on demand) meets a button that silently does nothing.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
