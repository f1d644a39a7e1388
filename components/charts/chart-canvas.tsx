"use client";

import { lazy, Suspense, useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactNode, type RefObject } from "react";
import type { EncodedModel } from "@/data/chart-data";
import { palette, type PaletteMode } from "../palette";

function mediaQuery(query: string) {
  return (onChange: () => void) => {
    const list = window.matchMedia(query);
    list.addEventListener("change", onChange);
    return () => list.removeEventListener("change", onChange);
  };
}
const DARK = "(prefers-color-scheme: dark)";
const REDUCED = "(prefers-reduced-motion: reduce)";
const subscribeDark = mediaQuery(DARK);
const subscribeReduced = mediaQuery(REDUCED);
const InteractiveChart = lazy(() => import("./interactive-chart"));

/** True once the element is near the viewport (at once where IntersectionObserver is missing). */
function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    if (typeof IntersectionObserver === "undefined") {
      const timer = setTimeout(() => setNear(true), 0);
      return () => clearTimeout(timer);
    }
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: "200px" });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}

/**
 * The one client component that draws a chart. It shows `children` (the static SVG of the same model) until the chart
 * scrolls into view, then loads chart.js (through react-chartjs-2) on demand, draws the interactive canvas in the reader's colour scheme and hides
 * the SVG from sight and from assistive technology, so the text alternative is announced once.
 */
export function ChartCanvas({ model, theme, children }: { model: EncodedModel; theme?: PaletteMode; children?: ReactNode }) {
  const systemDark = useSyncExternalStore(
    subscribeDark,
    () => window.matchMedia(DARK).matches,
    () => false,
  );
  const reducedMotion = useSyncExternalStore(
    subscribeReduced,
    () => window.matchMedia(REDUCED).matches,
    () => true,
  );
  const mode: PaletteMode = theme ?? (systemDark ? "dark" : "light");
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box);
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);

  return (
    <div ref={box} className="relative h-full w-full" data-island data-theme={theme} data-chart-state={drawn ? "canvas" : "svg"}>
      <div className={drawn ? "hidden h-full print:block" : "h-full"} aria-hidden={drawn || undefined}>
        {children}
      </div>
      <div className={drawn ? "absolute inset-0 print:hidden" : "invisible absolute inset-0"} aria-hidden={!drawn || undefined}>
        {near && (
          <Suspense fallback={null}>
            <InteractiveChart key={mode} model={model} colors={palette[mode]} reducedMotion={reducedMotion} onDrawn={onDrawn} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
