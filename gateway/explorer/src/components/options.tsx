import type { ReactNode } from 'react';

/** A select's options, one per item: its value (the item itself unless `value` says) and its label; none while the items are loading or unavailable. */
export function Options<T>({ items, label, value = String }: { items: readonly T[] | null | undefined; label: (item: T) => ReactNode; value?: (item: T) => string }) {
  return items?.map((item) => (
    <option key={value(item)} value={value(item)}>
      {label(item)}
    </option>
  ));
}
