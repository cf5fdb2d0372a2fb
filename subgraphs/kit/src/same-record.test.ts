import { Decimal } from '@prisma/client/runtime/client';
import { describe, expect, it } from 'vitest';
import { sameRecord, sameValue } from './same-record.ts';

// Shaped like the registries' reads: a Prisma row, with lists of linked codes or ids added.
const policy = {
  id: 7,
  version: 3,
  enterpriseId: 5,
  upliftMinPercent: new Decimal('12.5'),
  upliftMaxPercent: new Decimal('31.25'),
  description: null,
  effectiveYear: 2024,
};
const studio = { id: 2, version: 4, name: '工作室', retiredAt: null as Date | null, town: '河上镇', campusSchoolId: null as number | null };
const enterpriseClass = { id: 2, version: 1, seats: 40, occupationCodes: ['ELECTRICIAN', 'WELDER'] };

describe('sameRecord', () => {
  it('ignores the version and updatedAt a write moves by itself', () => {
    expect(sameRecord(policy, { ...policy, version: 4 })).toBe(true);
    expect(sameRecord({ ...studio, updatedAt: new Date(1) }, { ...studio, version: 5, updatedAt: new Date(2) })).toBe(true);
  });

  it('sees a change to any other field, a field cleared, and a field that appears', () => {
    expect(sameRecord(studio, { ...studio, version: 5, town: '瓜沥镇' })).toBe(false);
    expect(sameRecord({ ...studio, campusSchoolId: 1 }, { ...studio, version: 5 })).toBe(false);
    expect(sameRecord(studio, { ...studio, version: 5, retiredReason: '撤销' })).toBe(false);
    expect(sameRecord({ ...studio, retiredReason: '撤销' }, { ...studio, version: 5 })).toBe(false);
  });

  it('compares Decimals by value, not by how they are written', () => {
    expect(sameRecord(policy, { ...policy, version: 4, upliftMinPercent: new Decimal('12.50') })).toBe(true);
    expect(sameRecord(policy, { ...policy, version: 4, upliftMinPercent: new Decimal('12.51') })).toBe(false);
    expect(sameRecord(policy, { ...policy, version: 4, upliftMaxPercent: new Decimal('31.250000') })).toBe(true);
  });

  it('compares dates by their instant', () => {
    const retired = { ...studio, retiredAt: new Date('2026-01-02T03:04:05.006Z') };
    expect(sameRecord(retired, { ...retired, version: 5, retiredAt: new Date('2026-01-02T03:04:05.006Z') })).toBe(true);
    expect(sameRecord(retired, { ...retired, version: 5, retiredAt: new Date('2026-01-02T03:04:05.007Z') })).toBe(false);
    expect(sameRecord(retired, { ...retired, version: 5, retiredAt: null })).toBe(false);
  });

  it('compares lists in order: a set is read sorted by its registry, so its order is never a change', () => {
    expect(sameRecord(enterpriseClass, { ...enterpriseClass, version: 2, occupationCodes: ['ELECTRICIAN', 'WELDER'] })).toBe(true);
    expect(sameRecord(enterpriseClass, { ...enterpriseClass, version: 2, occupationCodes: ['WELDER', 'ELECTRICIAN'] })).toBe(false);
    expect(sameRecord(enterpriseClass, { ...enterpriseClass, version: 2, occupationCodes: ['ELECTRICIAN'] })).toBe(false);
    expect(sameRecord(enterpriseClass, { ...enterpriseClass, version: 2, occupationCodes: [] })).toBe(false);
  });
});

describe('sameValue', () => {
  it('tells null, undefined, 0, "" and false apart', () => {
    const values = [null, undefined, 0, '', false];
    for (const [i, a] of values.entries()) for (const [j, b] of values.entries()) expect(sameValue(a, b)).toBe(i === j);
  });

  it('treats a member set to undefined as one left out, as the audit trail (JSON) does', () => {
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: null }, { a: 1 })).toBe(false);
  });

  it('compares bigints by value, and never equal to a number', () => {
    expect(sameValue(2n ** 60n, 2n ** 60n)).toBe(true);
    expect(sameValue(1n, 2n)).toBe(false);
    expect(sameValue(1n, 1)).toBe(false);
  });

  it('never takes a Decimal for the number or string it equals, nor a date for its instant', () => {
    expect(sameValue(new Decimal(1), 1)).toBe(false);
    expect(sameValue(new Decimal(1), '1')).toBe(false);
    expect(sameValue(new Date(0), 0)).toBe(false);
    expect(sameValue(new Date(0), '1970-01-01T00:00:00.000Z')).toBe(false);
  });

  it('compares nested relations and JSON member by member, whatever their order', () => {
    const leader = { id: 1, name: '陆立军', honours: [{ name: '全国技术能手', year: 2010 }] };
    expect(sameValue({ leader }, { leader: { name: '陆立军', honours: [{ year: 2010, name: '全国技术能手' }], id: 1 } })).toBe(true);
    expect(sameValue({ leader }, { leader: { ...leader, honours: [{ name: '全国技术能手', year: 2011 }] } })).toBe(false);
    // Only the record's own version is bookkeeping: a nested record's moved version is a change.
    expect(sameRecord({ id: 1, leader: { id: 1, version: 1 } }, { id: 1, leader: { id: 1, version: 2 } })).toBe(false);
  });

  it('compares byte arrays byte by byte', () => {
    expect(sameValue(new Uint8Array([1, 2, 3]), Buffer.from([1, 2, 3]))).toBe(true);
    expect(sameValue(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(sameValue(new Uint8Array([1, 2]), [1, 2])).toBe(false);
  });

  it('does not take a list for an object with numbered members', () => {
    expect(sameValue(['a'], { 0: 'a' })).toBe(false);
    expect(sameValue({ 0: 'a' }, ['a'])).toBe(false);
  });
});
