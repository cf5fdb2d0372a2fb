import { describe, expect, it } from 'vitest';
import { honoursFrom } from '../src/editing/promotion-pathway-form.tsx';

describe('honours typed as a list', () => {
  it('splits on the separators people type, in Chinese and in English, and drops blanks', () => {
    expect(honoursFrom('浙江工匠、萧山工匠\n杭州市技术能手，全国五一劳动奖章;  ;Model worker, Craftsman')).toEqual([
      '浙江工匠', '萧山工匠', '杭州市技术能手', '全国五一劳动奖章', 'Model worker', 'Craftsman',
    ]);
    expect(honoursFrom('  ')).toEqual([]);
  });
});
