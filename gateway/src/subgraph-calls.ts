// A subgraph checks references into other registries through the public API, with documents it
// builds on the fly (kit/src/references.ts). It names itself and sends its own secret, which the
// gateway holds: such a call may run documents outside the trusted list and is not counted against
// its host's address. It gains nothing else: it reads as PUBLIC, and the secret stops here
// (subgraph fetches carry only the secret auth.ts sets for their own subgraph).
import { createHash, timingSafeEqual } from 'node:crypto';
import { SUBGRAPH_NAME_HEADER, SUBGRAPH_SECRET_HEADER } from '@partnership/kit/auth';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Whether a request is a subgraph's own call: no token, a known subgraph's name and that subgraph's secret. */
export type IsSubgraphCall = (request: Request) => boolean;

export function subgraphCalls(subgraphSecrets: Readonly<Record<string, string>>): IsSubgraphCall {
  const digests = new Map(Object.entries(subgraphSecrets).map(([name, secret]) => [name, digest(secret)]));
  const known = new WeakMap<Request, boolean>();
  const recognise = (request: Request) => {
    const name = request.headers.get(SUBGRAPH_NAME_HEADER);
    const sent = request.headers.get(SUBGRAPH_SECRET_HEADER);
    // A caller with a token is that caller, never also a subgraph.
    if (name === null || sent === null || request.headers.has('authorization')) return false;
    const expected = digests.get(name);
    // Comparing digests keeps the comparison constant-time whatever the lengths.
    return expected !== undefined && timingSafeEqual(digest(sent), expected);
  };
  return (request) => {
    let answer = known.get(request);
    if (answer === undefined) known.set(request, (answer = recognise(request)));
    return answer;
  };
}
