"use client";

import { useEffect, useRef, useSyncExternalStore, type ReactNode } from "react";
import type { ChartModel } from "@/data/chart-data";
import { EMBED_MESSAGE_TYPE } from "@/data/embed-code";
import { parseThemeQuery } from "@/data/query-params";
import { ChartCanvas } from "../charts/chart-canvas";

const noSubscription = () => () => {};

/** A sandboxed frame without allow-same-origin has an opaque origin and may not navigate the top window. */
function isOpaqueOrigin(): boolean {
  try {
    return window.origin === "null";
  } catch {
    return true;
  }
}

function postHeight(element: HTMLElement) {
  try {
    if (window.parent === window) return;
    window.parent.postMessage({ type: EMBED_MESSAGE_TYPE, height: Math.ceil(element.getBoundingClientRect().height) }, "*");
  } catch {
    // A host that forbids messages still shows the chart at its iframe height.
  }
}

/**
 * The chart alone for other sites: title, chart, original sources and a link back. Reads ?theme= in the browser (a static
 * page cannot at build) and tells the host page its height whenever it changes.
 */
export function EmbedFrame({
  model,
  sourceLine,
  pageUrl,
  children,
}: {
  model: ChartModel;
  sourceLine: string;
  pageUrl: string;
  /** The static SVG of the same chart, shown before any script runs. */
  children: ReactNode;
}) {
  const search = useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => "",
  );
  const opaque = useSyncExternalStore(noSubscription, isOpaqueOrigin, () => false);
  const { value: theme, notices } = parseThemeQuery(search);
  const content = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = content.current;
    if (!element) return;
    const post = () => postHeight(element);
    post();
    const observer = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(post);
    observer?.observe(element);
    window.addEventListener("load", post);
    return () => {
      observer?.disconnect();
      window.removeEventListener("load", post);
    };
  }, []);

  return (
    <main data-theme={theme} className="min-h-dvh bg-surface text-ink">
      <div ref={content} className="flex flex-col gap-2 p-3" data-embed={model.spec.id}>
        {notices.map((notice) => (
          <p key={notice} role="status" className="text-xs text-muted" data-embed-notice>
            {notice} Following the system colour scheme.
          </p>
        ))}
        <h1 className="text-base leading-snug font-semibold text-ink">{model.spec.title}</h1>
        <div className="relative h-72 w-full">
          <ChartCanvas model={model} theme={theme}>
            {children}
          </ChartCanvas>
        </div>
        <p className="text-xs text-muted" data-source-line>
          {sourceLine}.
        </p>
        <p className="text-xs">
          <a href={pageUrl} target={opaque ? "_blank" : "_top"} rel="noopener" className="text-accent-strong underline underline-offset-2">
            Data, sources and citation
          </a>
        </p>
      </div>
    </main>
  );
}
