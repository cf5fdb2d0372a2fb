const MAX_REMEMBERED = 1_000;

/**
 * `compute` of a query text, remembered for the last 1,000 texts: a text is computed once while
 * it is kept, and no caller can grow the memory by sending new ones.
 */
export function memoByText<T>(compute: (text: string) => T): (text: string) => T {
  const byText = new Map<string, T>();
  return (text) => {
    if (byText.has(text)) return byText.get(text)!;
    const value = compute(text);
    if (byText.size >= MAX_REMEMBERED) byText.delete(byText.keys().next().value!);
    byText.set(text, value);
    return value;
  };
}
