"use client";

import { useState } from "react";
import type { ChartModel } from "@/data/chart-data";
import { CHART_IMAGE_SIZE, type ChartImageText } from "../charts/chart-image-size";
import { useHydrated } from "../use-client-value";

/** Downloads the chart as a titled, sourced PNG at twice its layout size. */
export function PngDownloadButton({ model, text }: { model: ChartModel; text: ChartImageText }) {
  const [error, setError] = useState<string>();
  const hydrated = useHydrated();
  async function download() {
    try {
      // chart.js is loaded only when a reader asks for the picture.
      const { chartImageBlob } = await import("../charts/chart-image");
      const url = URL.createObjectURL(await chartImageBlob(model, text));
      const link = document.createElement("a");
      link.href = url;
      link.download = `${model.spec.id}.png`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setError(undefined);
    } catch {
      setError("The picture could not be made in this browser; print the page to PDF instead.");
    }
  }
  const { width, height, scale } = CHART_IMAGE_SIZE;
  return (
    <span className="inline-flex flex-col gap-1" data-island>
      <button
        type="button"
        onClick={download}
        disabled={!hydrated}
        className="w-fit rounded border border-border bg-surface-alt px-3 py-1 text-sm font-medium text-ink hover:border-accent disabled:cursor-wait"
        data-png-download
      >
        Download PNG ({width * scale} × {height * scale} px)
      </button>
      {error && (
        <span role="alert" className="text-sm text-held">
          {error}
        </span>
      )}
    </span>
  );
}
