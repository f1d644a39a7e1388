export interface GrowableFiles {
  rounds: unknown;
  figures: unknown;
  series: unknown;
}
export declare function growDataset<T extends GrowableFiles>(files: T, k: number): Pick<T, "rounds" | "figures" | "series">;
