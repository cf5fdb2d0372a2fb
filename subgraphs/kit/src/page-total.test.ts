import { describe, expect, it } from 'vitest';
import { completePage, pageTotal } from './page-total.ts';

const counted = () => Promise.resolve(99);

describe('a connection total from its page', () => {
  it('is the length of a first page shorter than asked', async () => {
    const args = {};
    await completePage(args, { take: 11, skip: 0 }, {}, async () => [1, 2, 3]);
    expect(await pageTotal(args, counted)).toBe(3);
  });

  it('is counted when the page is full, after a cursor, or backward', async () => {
    const full = {};
    await completePage(full, { take: 3, skip: 0 }, {}, async () => [1, 2, 3]);
    const after = {};
    await completePage(after, { take: 11, skip: 1, cursor: { id: 4 } }, {}, async () => [5]);
    const backward = {};
    await completePage(backward, { take: -11, skip: 0 }, {}, async () => [1]);
    for (const args of [full, after, backward, {}]) expect(await pageTotal(args, counted)).toBe(99);
  });

  it('is zero for an empty first page', async () => {
    const args = {};
    await completePage(args, { take: 21, skip: 0 }, {}, async () => []);
    expect(await pageTotal(args, counted)).toBe(0);
  });
});
