import { userError } from './errors.ts';

/** The largest key an `Int @id` column (PostgreSQL integer) holds; a larger one cannot exist. */
export const MAX_DATABASE_ID = 2_147_483_647;

/** "1" to "2147483647", written plainly: no sign, no leading zero, no exponent. */
export function isDatabaseId(text: string): boolean {
  return /^[1-9]\d{0,9}$/.test(text) && Number(text) <= MAX_DATABASE_ID;
}

/** Parses a GraphQL ID that stands for a database integer key, or says which field is wrong. */
export function parseId(value: string | number, field = 'id'): number {
  const text = String(value).trim();
  if (!isDatabaseId(text)) {
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    throw userError(`${field} must be a positive whole number up to ${MAX_DATABASE_ID}, got "${shown}".`, field, 'format');
  }
  return Number(text);
}
