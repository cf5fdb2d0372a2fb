// References into another registry (an order class's partner enterprise, a studio's host school)
// are checked where the record lives: through the gateway's public API, as an anonymous reader,
// so no subgraph holds another's secret. Records are never deleted, so a reference that exists
// before the write's transaction still exists when it commits.
import { GraphQLError } from 'graphql';
import { READ_FROM_HEADER } from './auth.ts';
import { missingReference } from './validation.ts';

/** Entities other registries own, with the root field that finds one. */
const LOOKUPS = {
  Enterprise: { field: 'enterprise', argument: 'id', type: 'ID!' },
  School: { field: 'school', argument: 'id', type: 'ID!' },
  Industry: { field: 'industry', argument: 'code', type: 'String!' },
  Occupation: { field: 'occupation', argument: 'code', type: 'String!' },
} as const;

export interface ForeignReference {
  /** The input field, for the error: input.partnerEnterpriseId. */
  path: string;
  type: keyof typeof LOOKUPS;
  key: string | number | null | undefined;
}

export type CheckForeignReferences = (references: ForeignReference[]) => Promise<void>;

// The gateway's alias limit is 30: larger sets are asked in several requests.
const PER_REQUEST = 25;

function unavailable(references: ForeignReference[], why: string): GraphQLError {
  const fields = [...new Set(references.map((r) => r.path))].join(', ');
  return new GraphQLError(`${fields} could not be checked (${why}); nothing was written, so a retry is safe. Retry shortly.`, {
    extensions: { code: 'REFERENCE_CHECK_UNAVAILABLE', field: references[0].path },
  });
}

async function checkBatch(url: string, batch: ForeignReference[]): Promise<void> {
  const variables = Object.fromEntries(batch.map((ref, i) => [`r${i}`, String(ref.key)]));
  const declarations = batch.map((ref, i) => `$r${i}: ${LOOKUPS[ref.type].type}`).join(', ');
  const selections = batch.map((ref, i) => `r${i}: ${LOOKUPS[ref.type].field}(${LOOKUPS[ref.type].argument}: $r${i}) { __typename }`);
  let body: { data?: Record<string, unknown> | null; errors?: unknown[] };
  try {
    const response = await fetch(url, {
      method: 'POST',
      // A record registered moments ago in its registry may not have reached a replica yet.
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', [READ_FROM_HEADER]: 'primary' },
      body: JSON.stringify({ query: `query ForeignReferences(${declarations}) { ${selections.join(' ')} }`, variables }),
      signal: AbortSignal.timeout(5_000),
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    throw unavailable(batch, `the gateway did not answer: ${(error as Error).message}`);
  }
  // A registry that is down answers null with an error: that is not "does not exist".
  if (body.errors?.length || !body.data) throw unavailable(batch, 'the registry that owns it did not answer');
  const missing = batch.findIndex((_ref, i) => body.data![`r${i}`] == null);
  if (missing >= 0) throw missingReference(batch[missing].path, batch[missing].type, batch[missing].key!);
}

/**
 * Checks that every given reference names an existing record of its registry; a null key is no
 * reference. Without a gateway URL (a subgraph tested on its own) any reference is unavailable.
 */
export function foreignReferences(gatewayUrl: () => string | undefined): CheckForeignReferences {
  return async (references) => {
    const seen = new Set<string>();
    const wanted = references.filter((ref) => {
      const id = `${ref.type}:${ref.key}`;
      if (ref.key == null || seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    if (!wanted.length) return;
    const url = gatewayUrl();
    if (!url) throw unavailable(wanted, 'no gateway URL is configured');
    for (let i = 0; i < wanted.length; i += PER_REQUEST) await checkBatch(url, wanted.slice(i, i + PER_REQUEST));
  };
}
