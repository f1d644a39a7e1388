/** The k× synthetic dataset of `npm run bench:growth`, grown from the fixture dataset, for tests of how pages grow. */
import { validateDataset, type Dataset } from "@/data/dataset";
import { growDataset } from "../../../scripts/grow-dataset.mjs";
import { makeRawDataset } from "../fixtures/dataset-factory";

const grown = new Map<number, Dataset>();

/**
 * k = 1 is the fixture dataset (six rounds shaped like the real ones); k = 100 has 600 rounds. Grown from the fixture,
 * not from data/, so a new round in data/ changes none of these counts. Cached: it validates a few thousand entries.
 */
export function grownDataset(k: number): Dataset {
  const raw = makeRawDataset();
  if (!grown.has(k)) grown.set(k, validateDataset({ ...raw, ...growDataset(raw, k) }));
  return grown.get(k)!;
}
