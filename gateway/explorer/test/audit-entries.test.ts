import { describe, expect, it } from 'vitest';
import { fieldChanges, mergeEntries, type RegistryEntry } from '../src/editing/audit-entries.ts';

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
  it('merges the registries newest first', () => {
    const studios = [entry('master-studios', '1', '2026-12-01T16:30:00.000Z'), entry('master-studios', '2', '2026-12-03T01:00:00.000Z')];
    const policies = [entry('pay-policies', '1', '2026-12-02T08:00:00.000Z')];
    expect(mergeEntries([studios, policies]).map((e) => `${e.registry}:${e.id}`)).toEqual(['master-studios:2', 'pay-policies:1', 'master-studios:1']);
  });
});
