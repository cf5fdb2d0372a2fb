// Identical subgraph queries in flight together share one fetch. Hive's own sharing (in
// @graphql-tools/executor-http, turned off in gateway.ts) deep-copies every answer for its
// caller, shared or not, though on real traffic almost no fetch is shared; here an answer is
// copied only for its second caller and after.
import { defaultPrintFn } from '@graphql-tools/executor-common';
import type { SubgraphExecutor } from './timeouts.ts';

type SubgraphRequest = Parameters<SubgraphExecutor>[0];

interface InFlight {
  callers: number;
  /** One answer per caller, in the order they came. */
  answers: Promise<unknown[]>;
}

/**
 * Everything the subgraph's answer depends on. The caller's identity and where it reads from are
 * in `extensions.headers` (request-hooks.ts puts them there before this runs), so callers who
 * differ in either never share.
 */
function keyOf(subgraphName: string, request: SubgraphRequest): string {
  const query = defaultPrintFn(request.document);
  return `${subgraphName}\n${request.operationName ?? ''}\n${query}\n${JSON.stringify(request.variables ?? null)}\n${JSON.stringify(request.extensions ?? null)}`;
}

/**
 * The first caller's answer as it came, and a deep copy for each other caller: the query planner
 * merges later fetches into the answers it gets, and each caller's plan merges its own. The
 * copies are made together, before any caller sees its answer.
 */
function answersFor(result: unknown, callers: number): unknown[] {
  const answers = [result];
  const data = (result as { data?: unknown } | null)?.data;
  for (let i = 1; i < callers; i++) answers.push(data == null ? result : { ...(result as object), data: structuredClone(data) });
  return answers;
}

/** Wraps a subgraph's executor so that identical queries in flight together make one fetch. */
export function inFlightSharing() {
  const inFlight = new Map<string, InFlight>();
  return (subgraphName: string, executor: SubgraphExecutor): SubgraphExecutor => {
    const shared = (request: SubgraphRequest) => {
      // Mutations always run, each of them.
      if (request.operationType !== 'query') return executor(request);
      const key = keyOf(subgraphName, request);
      let entry = inFlight.get(key);
      if (!entry) {
        const started = { callers: 0 } as InFlight;
        // Once the fetch settles no one else joins, so `callers` is final here.
        started.answers = Promise.resolve(executor(request)).then(
          (result) => {
            inFlight.delete(key);
            return answersFor(result, started.callers);
          },
          (error: unknown) => {
            inFlight.delete(key);
            throw error;
          },
        );
        inFlight.set(key, (entry = started));
      }
      const index = entry.callers++;
      return entry.answers.then((answers) => answers[index]);
    };
    return shared as SubgraphExecutor;
  };
}
