import { persistedExchange } from '@urql/exchange-persisted';
import type { DocumentNode } from 'graphql';
import { cacheExchange, Client, fetchExchange } from 'urql';
import { end } from './session/session.ts';

/** The sha256 codegen embedded in a document: its key in the gateway's trusted-documents manifest. */
function trustedDocumentHash(document: DocumentNode & { __meta__?: { hash?: string } }): string {
  const hash = document.__meta__?.hash;
  if (!hash) throw new Error('An operation without a trusted-document hash: write it with graphql() and run npm run codegen.');
  return hash;
}

/**
 * Sends each operation as its trusted-document hash alone, never its text, so the explorer
 * works against a gateway that refuses every operation outside the manifest. With a token, every
 * request carries it; a client per identity, so no answer cached for one caller shows to another.
 */
export const createClient = (token?: string) => new Client({
  url: '/graphql',
  ...(token && { fetchOptions: { headers: { authorization: `Bearer ${token}` } }, fetch: refusedTokenEndsSession }),
  exchanges: [
    cacheExchange,
    persistedExchange({
      enforcePersistedQueries: true,
      preferGetForPersistedQueries: false,
      // Writes too go by hash: the gateway's manifest holds the explorer's mutations.
      enableForMutation: true,
      generateHash: async (_text, document) => trustedDocumentHash(document),
    }),
    fetchExchange,
  ],
});

/** A token the gateway refuses (401: expired early, revoked, another key) signs the person out, saying so. */
async function refusedTokenEndsSession(...args: Parameters<typeof fetch>): Promise<Response> {
  const response = await fetch(...args);
  if (response.status === 401) end('session.refusedNotice');
  return response;
}
