import { describe, expect, it } from 'vitest';
import { ClientWindows } from './rate-limit.ts';

describe('ClientWindows', () => {
  const clock = (start = 1_000_000) => {
    let now = start;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it('counts a call of many fields at once, and refuses one that would exceed the budget without counting it', () => {
    const time = clock();
    const windows = new ClientWindows(5, 60_000, time.now);
    expect(windows.take('a', 3)).toBe(true);
    expect(windows.take('a', 3)).toBe(false);
    expect(windows.take('a', 2)).toBe(true);
    expect(windows.take('a', 1)).toBe(false);
    expect(windows.take('b', 5)).toBe(true);
  });

  it('frees a call once it is a whole window old, and says when the oldest leaves', () => {
    const time = clock();
    const windows = new ClientWindows(2, 10_000, time.now);
    windows.take('a', 1);
    time.advance(4_000);
    windows.take('a', 1);
    expect(windows.take('a', 1)).toBe(false);
    expect(windows.retryAfter('a')).toBe(6);
    time.advance(6_000);
    expect(windows.take('a', 1)).toBe(true);
    expect(windows.take('a', 1)).toBe(false);
    expect(windows.retryAfter('a')).toBe(4);
  });

  it('keeps its budget over many windows of steady calls', () => {
    const time = clock();
    const windows = new ClientWindows(100, 1_000, time.now);
    let taken = 0;
    for (let i = 0; i < 100_000; i++) {
      if (windows.take('a', 1)) taken++;
      time.advance(5);
    }
    // 200 calls a second against 100 a second: half of them, within one window's worth.
    expect(Math.abs(taken - 50_000)).toBeLessThanOrEqual(100);
  });
});
