import { describe, expect, it } from 'vitest';
import { changedBetween } from './audit-log.ts';

describe('changedBetween', () => {
  it('reads days on the Asia/Shanghai calendar, both ends inclusive', () => {
    expect(changedBetween({ changedFrom: '2026-12-01', changedTo: '2026-12-06' })).toEqual({
      gte: new Date('2026-11-30T16:00:00Z'), // 00:00 on 1 December in Xiaoshan
      lt: new Date('2026-12-06T16:00:00Z'), // the first moment after 6 December there
    });
  });

  it('leaves out an end that is not given, and the range when neither is', () => {
    expect(changedBetween({ changedTo: '2026-12-06' })).toEqual({ gte: undefined, lt: new Date('2026-12-06T16:00:00Z') });
    expect(changedBetween({ changedFrom: null, changedTo: null })).toBeUndefined();
  });

  it('refuses a range that ends before it starts, with the day it may not be before', () => {
    const backwards = () => changedBetween({ changedFrom: '2026-12-06', changedTo: '2026-12-05' });
    expect(backwards).toThrow(
      expect.objectContaining({ message: 'filter.changedTo must not be before filter.changedFrom', extensions: expect.objectContaining({ rule: 'range', params: { min: '2026-12-06' } }) }),
    );
  });
});
