import DataLoader from 'dataloader';
import { groupedByKey, inKeyOrder } from './batch.ts';
import { recordBatch } from './metrics.ts';

/**
 * A loader of one row per key: every key asked for in one tick becomes one query
 * (`WHERE key IN (...)`), so a request costs one statement per type whatever its size.
 */
export function rowLoader<Key, Row>(
  fetch: (keys: Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row | null> {
  const loader: DataLoader<Key, Row | null> = new DataLoader(async (keys) => {
    recordBatch(loader, keys.length);
    return inKeyOrder(keys, await fetch([...keys]), keyOf);
  });
  return loader;
}

/** A loader of the rows that belong to each key (a list relation), batched the same way. */
export function groupLoader<Key, Row>(
  fetch: (keys: Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row[]> {
  const loader: DataLoader<Key, Row[]> = new DataLoader(async (keys) => {
    recordBatch(loader, keys.length);
    return groupedByKey(keys, await fetch([...keys]), keyOf);
  });
  return loader;
}
