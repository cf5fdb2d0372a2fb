import { describe, expect, it } from 'vitest';
import { formatters } from '../src/format.ts';

describe('numbers, money and dates in the interface language', () => {
  const zh = formatters('zh-CN');
  const en = formatters('en');

  it('shows yuan in 万元 in Chinese and as CNY in English', () => {
    expect(zh.cny(6_000_000)).toBe('600万元');
    expect(zh.cny(1_234_567)).toBe('123.46万元');
    expect(zh.cny(5_000)).toBe('5000元');
    expect(en.cny(6_000_000)).toBe('CNY 6,000,000');
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
