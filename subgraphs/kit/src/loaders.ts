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

/**
 * One loader per Prisma query shape (the includes a GraphQL selection needs, from the Prisma
 * plugin's queryFromInfo), made on first use: rows loaded where another registry meets this one
 * come with their relations, in one batch per shape.
 */
export function loaderPerQuery<Query extends object, Loader>(make: (query: Query) => Loader): (query: Query) => Loader {
  const loaders = new Map<string, Loader>();
  return (query) => {
    const key = JSON.stringify(query);
    if (!loaders.has(key)) loaders.set(key, make(query));
    return loaders.get(key)!;
  };
}
