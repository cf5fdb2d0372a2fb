import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLError, Kind, parse } from 'graphql';
import { ENV } from '@partnership/kit/config';
import type { IsSubgraphCall } from './subgraph-calls.ts';

/** Operations the gateway runs by hash (trusted documents, also called persisted queries). */
export interface TrustedDocuments {
  /** sha256 hex of a document → the document, as codegen writes persisted-documents.json. */
  manifest: Readonly<Record<string, string>>;
  /** Refuse every operation outside the manifest, as a production gateway should. @default false */
  only?: boolean;
}

/** The explorer's manifest: `npm run codegen` writes it beside the typed documents. */
export const EXPLORER_MANIFEST = path.resolve(import.meta.dirname, '../explorer/src/gql/persisted-documents.json');

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Reads a manifest file, refusing one whose keys are not sha256 hex or whose values are not documents. */
export function loadManifest(file: string = EXPLORER_MANIFEST): Record<string, string> {
  const manifest: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
    throw new Error(`${file}: a trusted-documents manifest is a JSON object of hash → document`);
  }
  for (const [hash, document] of Object.entries(manifest)) {
    if (!SHA256_HEX.test(hash) || typeof document !== 'string' || !document.trim()) {
      throw new Error(`${file}: entry "${hash}" must map a sha256 hex hash to a document`);
    }
  }
  return manifest as Record<string, string>;
}

/** The operation names a manifest's documents declare; a document that does not parse declares none. */
export function operationNamesOf(manifest: Readonly<Record<string, string>>): string[] {
  return Object.values(manifest).flatMap((source) => {
    try {
      return parse(source).definitions.flatMap((definition) =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [],
      );
    } catch {
      return [];
    }
  });
}

/**
 * TRUSTED_DOCUMENTS_PATH (default: the explorer's manifest) and TRUSTED_DOCUMENTS_ONLY=true
 * to refuse everything else.
 */
export function trustedDocumentsFromEnv(env: NodeJS.ProcessEnv = process.env): TrustedDocuments {
  const only = env[ENV.trustedDocumentsOnly] ?? 'false';
  if (only !== 'true' && only !== 'false') {
    throw new Error(`TRUSTED_DOCUMENTS_ONLY must be true or false, not "${only}"`);
  }
  return { manifest: loadManifest(env[ENV.trustedDocumentsPath]), only: only === 'true' };
}

/**
 * Hive's `persistedDocuments` option: look-ups in the manifest, with errors that say what to send.
 * With `only`, a document outside it runs for a subgraph's own reference check alone.
 */
export function persistedDocumentsOptions({ manifest, only = false }: TrustedDocuments, isSubgraphCall: IsSubgraphCall) {
  return {
    getPersistedOperation: (hash: string) => (Object.hasOwn(manifest, hash) ? manifest[hash] : null),
    allowArbitraryDocuments: only ? isSubgraphCall : true,
    customErrors: {
      persistedQueryOnly: () =>
        requestError(
          'PERSISTED_QUERY_ID_REQUIRED',
          'This gateway runs trusted documents only: send extensions.persistedQuery.sha256Hash of a registered operation, not query.',
        ),
      keyNotFound: () =>
        requestError(
          'PERSISTED_QUERY_ID_REQUIRED',
          'A request needs a query or extensions.persistedQuery (version 1) with the sha256Hash of a trusted document.',
        ),
      notFound: () =>
        requestError(
          'PERSISTED_QUERY_NOT_IN_LIST',
          'extensions.persistedQuery.sha256Hash names no trusted document: register the operation with npm run codegen.',
        ),
    },
  };
}

function requestError(code: string, message: string) {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}
