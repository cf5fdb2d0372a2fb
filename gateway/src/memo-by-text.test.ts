import { expect, it } from 'vitest';
import { memoByText } from './memo-by-text.ts';

it('computes a text once while kept, and keeps only the last 1,000 texts', () => {
  const computed: string[] = [];
  const length = memoByText((text) => (computed.push(text), text.length));
  expect(length('query A { a }')).toBe(13);
  expect(length('query A { a }')).toBe(13);
  expect(computed).toEqual(['query A { a }']);

  for (let i = 0; i < 1_000; i++) length(`{ f${i} }`);
  computed.length = 0;
  // The first text was the oldest, so the 1,000 after it pushed it out; the last 1,000 stay.
  length('{ f999 }');
  length('{ f0 }');
  expect(computed).toEqual([]);
  length('query A { a }');
  expect(computed).toEqual(['query A { a }']);
});
