/** The k× synthetic dataset of `npm run bench:growth`, validated like the real one, for tests of how pages grow. */
import { rawDataset, validateDataset, type Dataset } from "@/data/dataset";
import { growDataset } from "../../../scripts/grow-dataset.mjs";

const grown = new Map<number, Dataset>();

/** k = 1 is the real dataset; k = 100 has 600 rounds. Cached: building it validates a few thousand entries. */
export function grownDataset(k: number): Dataset {
  if (!grown.has(k)) grown.set(k, validateDataset({ ...rawDataset, ...growDataset(rawDataset, k) }));
  return grown.get(k)!;
}
