// Metric label values that callers choose (operation names, error paths) become one series each
// in every metric carrying them: about 3 KB of /metrics per operation name. Unbounded, a caller
// sending new names grows the gateway's memory and every scrape for as long as it runs.

/** The value a label reads once its bound is reached; no GraphQL name or path can be it. */
export const OTHER_LABEL = '(other)';

/**
 * A label value kept to a bounded set: `known` values always pass, other values pass until
 * `limit` distinct ones have, and every later new value reads OTHER_LABEL. A value that passed
 * once always passes, so a series never changes its name.
 */
export function boundedLabel(limit: number, known: Iterable<string> = []): (value: string) => string {
  const kept = new Set(known);
  let admitted = 0;
  return (value) => {
    if (kept.has(value)) return value;
    if (admitted >= limit) return OTHER_LABEL;
    admitted++;
    kept.add(value);
    return value;
  };
}
