export declare const CHART_JS_SIGNATURE: string;
export declare function gzipSize(content: string | Uint8Array): number;
export declare function htmlFileFor(outDir: string, route: string): string | null;
export declare function htmlFilesUnder(outDir: string, folder: string): string[];
export declare function scriptsOf(html: string): { external: string[]; inline: string[] };
export interface ScriptWeight {
  src: string;
  /** Fetched by the page's boot-on-demand loader, not by the HTML itself. */
  onDemand: boolean;
  bytes: number;
  gzBytes: number;
  chartJs: boolean;
}
export interface PageWeight {
  file: string;
  htmlBytes: number;
  htmlGzBytes: number;
  scripts: ScriptWeight[];
  externalJsGz: number;
  inlineJsGz: number;
  initialJsGz: number;
  totalJsGz: number;
  chartJsInInitial: boolean;
  charts: number;
  jsBeforeChartGz: number;
}
export declare function pageWeight(outDir: string, htmlFile: string): PageWeight;
export declare function chartJsChunks(outDir: string): { file: string; bytes: number; gzBytes: number }[];
