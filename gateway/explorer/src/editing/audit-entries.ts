// The three registries' audit logs as one list: merged, newest first, each change field by field.
import type { AuditRegistry } from '../route.ts';

export interface AuditEntry {
  id: string;
  at: string;
  actorSubject: string;
  actorName?: string | null;
  actorRole: string;
  operation: string;
  recordType: string;
  recordId: string;
  before?: unknown;
  after?: unknown;
}

export interface RegistryEntry extends AuditEntry {
  registry: AuditRegistry;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

// Bookkeeping every write touches: not a change anyone made.
const UNSHOWN = new Set(['id', 'version']);

type Snapshot = Record<string, unknown>;
const asSnapshot = (value: unknown): Snapshot => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Snapshot) : {});

/**
 * The fields whose value differs between the two snapshots, in the record's own field order;
 * for a registration (no before) every field it was given.
 */
export function fieldChanges(entry: Pick<AuditEntry, 'before' | 'after'>): FieldChange[] {
  const before = asSnapshot(entry.before);
  const after = asSnapshot(entry.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !UNSHOWN.has(f));
  return fields
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }))
    .filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
}

/** Merges the logs newest first (the API filters them by day). */
export function mergeEntries(logs: RegistryEntry[][]): RegistryEntry[] {
  return logs
    .flat()
    .sort((a, b) => b.at.localeCompare(a.at) || a.registry.localeCompare(b.registry) || Number(b.id) - Number(a.id));
}
