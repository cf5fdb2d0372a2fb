import DataLoader from 'dataloader';
import { groupedByKey, inKeyOrder } from './batch.ts';

/**
 * A loader of one row per key: every key asked for in one tick becomes one query
 * (`WHERE key IN (...)`), so a request costs one statement per type whatever its size.
 */
export function rowLoader<Key, Row>(
  fetch: (keys: Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row | null> {
  return new DataLoader(async (keys) => inKeyOrder(keys, await fetch([...keys]), keyOf));
}

/** A loader of the rows that belong to each key (a list relation), batched the same way. */
export function groupLoader<Key, Row>(
  fetch: (keys: Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row[]> {
  return new DataLoader(async (keys) => groupedByKey(keys, await fetch([...keys]), keyOf));
}
