/** The downloaded picture's size in CSS pixels; it is drawn at twice this, whatever the screen's pixel ratio. */
export const CHART_IMAGE_SIZE = { width: 960, height: 640, scale: 2 } as const;

export interface ChartImageText {
  sourceLine: string;
  permalink: string;
  versionLine: string;
}
