import { afterAll, beforeAll } from 'vitest';
import { startGraph, type Graph, type GraphOptions } from './graph.ts';

/** The graph a test file's tests share: started before them (in beforeAll), stopped after them. */
export function fileGraph(options?: GraphOptions): Graph {
  const graph = {} as Graph;
  beforeAll(async () => {
    Object.assign(graph, await startGraph(options));
  });
  afterAll(() => graph.stop?.());
  return graph;
}

let readOnly: Promise<Graph> | undefined;

/**
 * The graph of the files that only read the seeded records: one per vitest worker (a worker runs
 * file after file in one module cache), started by the first such file and ended with the
 * worker. These files compare whole answers with the seed's, so a file that writes, even to
 * records of its own, takes fileGraph() instead.
 */
export function readOnlyGraph(): Graph {
  const graph = {} as Graph;
  beforeAll(async () => {
    Object.assign(graph, await (readOnly ??= startGraph()));
  });
  return graph;
}
