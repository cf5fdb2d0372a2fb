import { describe, expect, it } from 'vitest';
import { fieldChanges, mergeEntries, shanghaiDay, type RegistryEntry } from '../src/editing/audit-entries.ts';

const entry = (registry: RegistryEntry['registry'], id: string, at: string): RegistryEntry => ({
  registry, id, at, actorSubject: 'a', actorRole: 'BUREAU_ADMIN', operation: 'updateMasterStudio', recordType: 'MasterStudio', recordId: '1',
});

describe('fieldChanges', () => {
  it('lists only the fields that changed, leaving out id and version', () => {
    const changes = fieldChanges({ before: { id: 1, version: 2, level: 'CITY', town: '瓜沥镇' }, after: { id: 1, version: 3, level: 'PROVINCIAL', town: '瓜沥镇' } });
    expect(changes).toEqual([{ field: 'level', before: 'CITY', after: 'PROVINCIAL' }]);
  });

  it('lists every given field of a registration', () => {
    expect(fieldChanges({ before: null, after: { id: 7, name: '新班', seats: 40, majorId: null } })).toEqual([
      { field: 'name', before: null, after: '新班' },
      { field: 'seats', before: null, after: 40 },
    ]);
  });
});

describe('mergeEntries', () => {
  it('merges the registries newest first and keeps the chosen Shanghai days', () => {
    const studios = [entry('master-studios', '1', '2026-12-01T16:30:00.000Z'), entry('master-studios', '2', '2026-12-03T01:00:00.000Z')];
    const policies = [entry('pay-policies', '1', '2026-12-02T08:00:00.000Z')];
    expect(mergeEntries([studios, policies], {}).map((e) => `${e.registry}:${e.id}`)).toEqual(['master-studios:2', 'pay-policies:1', 'master-studios:1']);
    // 16:30 UTC on 1 December is 2 December in Shanghai.
    expect(shanghaiDay('2026-12-01T16:30:00.000Z')).toBe('2026-12-02');
    expect(mergeEntries([studios, policies], { from: '2026-12-02', to: '2026-12-02' }).map((e) => `${e.registry}:${e.id}`)).toEqual(['pay-policies:1', 'master-studios:1']);
  });
});
