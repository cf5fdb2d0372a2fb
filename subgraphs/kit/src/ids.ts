import { userError } from './errors.ts';

/** Parses a GraphQL ID that stands for a database integer key, or says which field is wrong. */
export function parseId(value: string | number, field = 'id'): number {
  const text = String(value).trim();
  const id = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(id) || id < 1) {
    throw userError(`${field} must be a positive whole number, got "${value}".`, field);
  }
  return id;
}
