export interface UrlFact {
  title?: string;
  h1?: string;
  json?: string;
  csv?: string;
  png?: string;
  bytes?: boolean;
}
export interface UrlEntry extends UrlFact {
  path: string;
}
export function urlFact(path: string, body: Buffer): UrlFact;
export function urlOfFile(file: string): string;
export function manifest(outDir: string): UrlEntry[];
