import { describe, expect, it } from 'vitest';
import { checkTowns, TOWNS } from './towns.ts';

describe('the controlled list of towns', () => {
  it('holds the four named towns and the other bucket', () => {
    expect(TOWNS).toEqual(['河上镇', '瓜沥镇', '蜀山街道', '开发区', '其他镇街（平台）']);
  });

  it('accepts listed towns and nothing', () => {
    expect(() => checkTowns(['瓜沥镇', '其他镇街（平台）'], 'filter.towns')).not.toThrow();
    expect(() => checkTowns(undefined, 'filter.towns')).not.toThrow();
  });

  it('refuses a typo with BAD_USER_INPUT naming the field and the valid towns', () => {
    let error: any;
    try {
      checkTowns(['瓜沥'], 'input.town');
    } catch (e) {
      error = e;
    }
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.town' });
    expect(error.message).toContain('瓜沥');
    expect(error.message).toContain('河上镇, 瓜沥镇, 蜀山街道, 开发区, 其他镇街（平台）');
  });
});
