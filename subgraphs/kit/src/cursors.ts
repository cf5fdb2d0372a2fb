import { decodeBase64 } from '@pothos/core';
import { isDatabaseId } from './ids.ts';
import { ruleError } from './validation.ts';

/**
 * Refuses a Prisma connection cursor that names no record. Every connection here pages by record
 * id, so the cursors it gives out read "GPC:N:<id>"; Pothos decodes any other typed value a client
 * forges ("GPC:S:abc", "GPC:N:1e999") and hands it to Prisma, which fails as a bug would.
 * Anything that is not a Prisma cursor is left to the connection, which refuses it or reads it.
 */
export function checkCursor(value: string, path: string): void {
  let decoded: string;
  try {
    decoded = decodeBase64(value);
  } catch {
    return;
  }
  if (decoded.startsWith('GPC:') && !(decoded.startsWith('GPC:N:') && isDatabaseId(decoded.slice(6)))) {
    throw ruleError(path, 'cursor', 'must be a cursor this connection gave out (an edge cursor or pageInfo.endCursor).');
  }
}
