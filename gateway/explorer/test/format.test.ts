import { describe, expect, it } from 'vitest';
import { formatters } from '../src/format.ts';

describe('numbers, money and dates in the interface language', () => {
  const zh = formatters('zh-CN');
  const en = formatters('en');

  it('shows yuan always in 万元, to the yuan, in both languages', () => {
    expect(zh.cny(6_000_000)).toBe('600万元');
    expect(zh.cny(5_000)).toBe('0.5万元');
    expect(zh.cny(12_345)).toBe('1.2345万元');
    expect(zh.cny(123_456_789)).toBe('12,345.6789万元');
    expect(zh.cny(1_234_567)).toBe('123.4567万元');
    expect(zh.cny(0)).toBe('0万元');
    expect(en.cny(6_000_000)).toBe('600 × 10k yuan');
    expect(en.cny(5_000)).toBe('0.5 × 10k yuan');
    expect(en.cny(123_456_789)).toBe('12,345.6789 × 10k yuan');
  });

  it('shows a calendar date as the same day wherever the browser is', () => {
    expect(zh.date('2023-10-31')).toBe('2023年10月31日');
    expect(en.date('2023-10-31')).toBe('Oct 31, 2023');
    expect(zh.yearMonth(2023, 4)).toBe('2023年4月');
  });

  it("shows an instant in Xiaoshan's time zone", () => {
    // 20:30 UTC is 04:30 the next morning in Asia/Shanghai.
    expect(zh.dateTime('2026-12-05T20:30:00Z')).toBe('2026/12/6 04:30');
    expect(en.dateTime('2026-12-05T20:30:00Z')).toBe('12/6/26, 4:30 AM');
  });

  it('writes uplift ranges and percentages with the language’s digits', () => {
    expect(zh.uplift(8, 15)).toBe('8%–15%');
    expect(en.uplift(10, 10)).toBe('10%');
    expect(zh.percent(51.74)).toBe('51.74%');
  });
});
