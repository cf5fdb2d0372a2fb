// References into another registry (an order class's partner enterprise, a studio's host school)
// are checked where the record lives: through the gateway's public API, as an anonymous reader,
// so no subgraph holds another's secret. The call names this subgraph and carries its own secret:
// the gateway then runs these ad-hoc documents even when it runs trusted documents only, and does
// not count them against the host's address (gateway/src/subgraph-calls.ts). Records are never
// deleted, so a reference that exists before the write's transaction still exists when it commits.
import { GraphQLError } from 'graphql';
import { READ_FROM_HEADER, SUBGRAPH_NAME_HEADER, SUBGRAPH_SECRET_HEADER } from './auth.ts';
import { currentRequest, REQUEST_ID_HEADER } from './request-scope.ts';
import { missingReference } from './validation.ts';

/** Entities other registries own, with the root field that finds one (and, for catalogues, the one listing their codes). */
const LOOKUPS = {
  Enterprise: { field: 'enterprise', argument: 'id', type: 'ID!' },
  School: { field: 'school', argument: 'id', type: 'ID!' },
  Industry: { field: 'industry', argument: 'code', type: 'String!', list: 'industries' },
  Occupation: { field: 'occupation', argument: 'code', type: 'String!', list: 'occupations' },
} as const;

export type ForeignType = keyof typeof LOOKUPS;
/** The catalogues of another registry a filter may name codes of. */
export type ForeignCatalogue = 'Industry' | 'Occupation';

export interface ForeignReference {
  /** The input field, for the error: input.partnerEnterpriseId. */
  path: string;
  type: ForeignType;
  key: string | number | null | undefined;
}

export interface CheckForeignReferences {
  (references: ForeignReference[]): Promise<void>;
  /**
   * Which of the codes exist in the catalogue of the registry that owns it, in order; undefined
   * when that cannot be asked now (no gateway, the registry down): a read then goes unchecked.
   */
  exist(type: ForeignCatalogue, codes: readonly string[]): Promise<boolean[] | undefined>;
  /** Every code of the catalogue in code-point order, or undefined when it cannot be asked now. */
  codes(type: ForeignCatalogue): Promise<string[] | undefined>;
}

// The gateway's alias limit is 30: larger sets are asked in several requests.
const PER_REQUEST = 25;

/**
 * Shorter than the gateway's wait for the write itself (GATEWAY_SUBGRAPH_TIMEOUT_MS, 5 s by
 * default): when the registry asked does not answer, the writer gets REFERENCE_CHECK_UNAVAILABLE
 * ("nothing was written"), not the gateway's timeout ("may have been made").
 */
export const REFERENCE_CHECK_TIMEOUT_MS = 3_000;

function unavailable(references: ForeignReference[], why: string): GraphQLError {
  const fields = [...new Set(references.map((r) => r.path))].join(', ');
  return new GraphQLError(`${fields} could not be checked (${why}); nothing was written, so a retry is safe. Retry shortly.`, {
    extensions: { code: 'REFERENCE_CHECK_UNAVAILABLE', field: references[0].path },
  });
}

/** The subgraph making the checks: its name and its own secret, which the gateway knows. */
export interface ReferenceCaller {
  name: string;
  secret: string;
}

/** Where the checks go: the gateway's URL, and who asks. */
interface Gateway {
  url: string;
  caller?: ReferenceCaller;
}

/** Asks the gateway (on the primary: a record registered moments ago may not be on a replica yet). */
async function ask(gateway: Gateway, query: string, variables: Record<string, string>, references: ForeignReference[]): Promise<Record<string, unknown>> {
  let body: { data?: Record<string, unknown> | null; errors?: unknown[] };
  const caller = gateway.caller && { [SUBGRAPH_NAME_HEADER]: gateway.caller.name, [SUBGRAPH_SECRET_HEADER]: gateway.caller.secret };
  // The write's request id, so the check's log lines in the gateway and the registry asked name it.
  const requestId = currentRequest()?.requestId;
  try {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        [READ_FROM_HEADER]: 'primary',
        ...caller,
        ...(requestId && { [REQUEST_ID_HEADER]: requestId }),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REFERENCE_CHECK_TIMEOUT_MS),
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    throw unavailable(references, `the gateway did not answer: ${(error as Error).message}`);
  }
  // A registry that is down answers null with an error: that is not "does not exist".
  if (body.errors?.length || !body.data) throw unavailable(references, 'the registry that owns it did not answer');
  return body.data;
}

/** Whether each reference of the batch names an existing record, in order. */
async function lookUp(gateway: Gateway, batch: ForeignReference[]): Promise<boolean[]> {
  const variables = Object.fromEntries(batch.map((ref, i) => [`r${i}`, String(ref.key)]));
  const declarations = batch.map((ref, i) => `$r${i}: ${LOOKUPS[ref.type].type}`).join(', ');
  const selections = batch.map((ref, i) => `r${i}: ${LOOKUPS[ref.type].field}(${LOOKUPS[ref.type].argument}: $r${i}) { __typename }`);
  const data = await ask(gateway, `query ForeignReferences(${declarations}) { ${selections.join(' ')} }`, variables, batch);
  return batch.map((_ref, i) => data[`r${i}`] != null);
}

/**
 * Checks that every given reference names an existing record of its registry; a null key is no
 * reference. Without a gateway URL (a subgraph tested on its own) any reference is unavailable.
 */
export function foreignReferences(gatewayUrl: () => string | undefined, caller?: ReferenceCaller): CheckForeignReferences {
  const gatewayAt = (): Gateway | undefined => {
    const url = gatewayUrl();
    return url ? { url, caller } : undefined;
  };
  const check = async (references: ForeignReference[]) => {
    const seen = new Set<string>();
    const wanted = references.filter((ref) => {
      const id = `${ref.type}:${ref.key}`;
      if (ref.key == null || seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    if (!wanted.length) return;
    const gateway = gatewayAt();
    if (!gateway) throw unavailable(wanted, 'no gateway URL is configured');
    for (let i = 0; i < wanted.length; i += PER_REQUEST) {
      const batch = wanted.slice(i, i + PER_REQUEST);
      const found = await lookUp(gateway, batch);
      const missing = found.indexOf(false);
      if (missing >= 0) throw missingReference(batch[missing].path, batch[missing].type, batch[missing].key!);
    }
  };

  const codes = async (type: ForeignCatalogue) => {
    const gateway = gatewayAt();
    if (!gateway) return undefined;
    const { list } = LOOKUPS[type];
    try {
      const data = await ask(gateway, `query ForeignCatalogue { ${list} { code } }`, {}, [{ path: 'filter', type, key: null }]);
      return (data[list] as { code: string }[]).map((row) => row.code).sort();
    } catch {
      return undefined;
    }
  };
  // Catalogue codes found once stay found (records are never deleted): a filter naming them asks once per process.
  const known = new Set<string>();
  const exist = async (type: ForeignCatalogue, wanted: readonly string[]) => {
    const gateway = gatewayAt();
    if (!gateway) return undefined;
    const asked = [...new Set(wanted)].filter((code) => !known.has(`${type}:${code}`)).map((key) => ({ path: 'filter', type, key }));
    try {
      // Many codes at once: one request for the whole catalogue rather than one per 25 codes.
      const found = !asked.length
        ? []
        : asked.length > PER_REQUEST
          ? await codes(type)
          : (await lookUp(gateway, asked)).flatMap((yes, i) => (yes ? [asked[i].key] : []));
      if (!found) return undefined;
      for (const code of found) known.add(`${type}:${code}`);
    } catch {
      return undefined;
    }
    return wanted.map((code) => known.has(`${type}:${code}`));
  };
  return Object.assign(check, { exist, codes });
}
