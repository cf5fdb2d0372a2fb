import { describe, expect, it } from 'vitest';
import { keysetPage } from './keyset.ts';

const where = { level: 'PROVINCIAL' };

describe('keysetPage', () => {
  it('leaves a page without a cursor as Pothos asked for it', () => {
    expect(keysetPage({ take: 11, include: { leader: true } }, where)).toEqual({ take: 11, include: { leader: true }, where });
  });

  it("turns a cursor into a bound on the id, so a cursor whose row left the filter skips nothing", () => {
    expect(keysetPage({ take: 3, skip: 1, cursor: { id: 67 } }, where)).toEqual({ take: 3, where: { AND: [where, { id: { gt: 67 } }] } });
  });

  it('bounds a backward page from above', () => {
    expect(keysetPage({ take: -3, skip: 1, cursor: { id: 67 } }, where)).toEqual({ take: -3, where: { AND: [where, { id: { lt: 67 } }] } });
  });
});
