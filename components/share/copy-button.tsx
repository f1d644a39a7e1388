"use client";

import { useEffect, useState } from "react";
import { useHydrated } from "../use-client-value";

type Status = "idle" | "copied" | "failed";

/** What the button and its live region say, in the page's language (from the server parent: no catalogues here). */
export interface CopyWords {
  /** The button's text for a moment after copying. */
  copied: string;
  copiedStatus: string;
  failedStatus: string;
}

/** Clipboard API first; the selection fallback covers browsers and frames where it is unavailable. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    try {
      return document.execCommand("copy");
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

/** Copies `text` and says so: the button reads "Copied" for a moment and a live region announces it. */
export function CopyButton({ text, label, words, className }: { text: string; label: string; words: CopyWords; className?: string }) {
  const [status, setStatus] = useState<Status>("idle");
  const hydrated = useHydrated();
  useEffect(() => {
    if (status === "idle") return;
    const timer = setTimeout(() => setStatus("idle"), 3000);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <span className={`inline-flex items-center gap-2 ${className ?? ""}`} data-island>
      <button
        type="button"
        onClick={async () => setStatus((await copyText(text)) ? "copied" : "failed")}
        disabled={!hydrated}
        className="rounded border border-border bg-surface-alt px-3 py-1 text-sm font-medium text-ink hover:border-accent disabled:cursor-wait"
        data-copy-button
      >
        {status === "copied" ? words.copied : label}
      </button>
      <span role="status" className="text-sm text-muted">
        {status === "copied" ? words.copiedStatus : status === "failed" ? words.failedStatus : ""}
      </span>
    </span>
  );
}
