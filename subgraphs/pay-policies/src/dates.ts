import { field as kitField, parseInput, userError, YEAR_RANGE } from '@partnership/kit';

/** A DATE column as "YYYY-MM-DD" (Prisma reads it as UTC midnight). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Parses a calendar date "YYYY-MM-DD" that exists (no rollover), or says which field is wrong. */
export function parseIsoDate(value: string, field: string): Date {
  return parseInput(kitField.date(), value, field);
}

/** Refuses a year outside the range any registry record can have. */
export function checkYear(year: number | null | undefined, field: string): void {
  if (year != null && (year < YEAR_RANGE.min || year > YEAR_RANGE.max)) {
    throw userError(`${field} must be a year between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}, got ${year}.`, field, 'range', { ...YEAR_RANGE });
  }
}
