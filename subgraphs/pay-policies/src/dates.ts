import { userError } from '@partnership/kit';

/** A DATE column as "YYYY-MM-DD" (Prisma reads it as UTC midnight). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Parses a calendar date "YYYY-MM-DD", or says which field is wrong. */
export function parseIsoDate(value: string, field: string): Date {
  const text = value.trim();
  const date = new Date(`${text}T00:00:00Z`);
  // The round trip rejects dates that do not exist, such as 2023-02-30.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || isoDate(date) !== text) {
    throw userError(`${field} must be a date written YYYY-MM-DD, got "${value}".`, field);
  }
  return date;
}

/** Refuses a year outside the range any registry record can have. */
export function checkYear(year: number | null | undefined, field: string): void {
  if (year != null && (year < 1949 || year > 2100)) {
    throw userError(`${field} must be a year between 1949 and 2100, got ${year}.`, field);
  }
}
