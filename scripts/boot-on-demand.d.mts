export declare const BOOT_MARKER: string;
export declare function bootOnDemand(sources: string[]): void;
export declare function deferRuntime(html: string, file?: string): string;
export declare function onDemandSources(html: string): string[];
