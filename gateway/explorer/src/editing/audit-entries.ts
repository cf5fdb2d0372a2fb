// The three registries' audit logs as one list: merged, newest first, each change field by field.
import type { AuditRegistry } from '../route.ts';

export interface AuditEntry {
  id: string;
  at: string;
  actorSubject: string;
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

/** The Asia/Shanghai calendar day of an instant, as YYYY-MM-DD. */
export function shanghaiDay(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/** Merges the logs newest first, keeping the entries within the days `from`..`to` (inclusive). */
export function mergeEntries(logs: RegistryEntry[][], days: { from?: string; to?: string }): RegistryEntry[] {
  return logs
    .flat()
    .filter((e) => {
      const day = shanghaiDay(e.at);
      return (!days.from || day >= days.from) && (!days.to || day <= days.to);
    })
    .sort((a, b) => b.at.localeCompare(a.at) || a.registry.localeCompare(b.registry) || Number(b.id) - Number(a.id));
}
