import { field as kitField, parseInput, userError } from '@partnership/kit';

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
  if (year != null && (year < 1949 || year > 2100)) {
    throw userError(`${field} must be a year between 1949 and 2100, got ${year}.`, field);
  }
}

/** Today in Xiaoshan ("YYYY-MM-DD", Asia/Shanghai), whatever the server's zone. */
export function todayInXiaoshan(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}
