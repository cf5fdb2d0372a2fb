import { field as kitField, parseInput } from '@partnership/kit';

/** A DATE column as "YYYY-MM-DD" (Prisma reads it as UTC midnight). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Parses a calendar date "YYYY-MM-DD" that exists (no rollover), or says which field is wrong. */
export function parseIsoDate(value: string, field: string): Date {
  return parseInput(kitField.date(), value, field);
}
