/** The PNG's size in CSS pixels; it is drawn at twice this, whatever the screen's pixel ratio. Free of chart.js. */
export const CHART_IMAGE_SIZE = { width: 960, height: 640, scale: 2 } as const;
