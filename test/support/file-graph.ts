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
