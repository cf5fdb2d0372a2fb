// The gateway's request metrics, series by series, for every kind of request a caller can send:
// named, anonymous, by GET, refused in parsing, validation or execution, failing in a subgraph,
// and answered from the response cache. Names, labels and help are Hive's Prometheus plugin's.
import { describe, expect, it } from 'vitest';
import { fileGraph } from './support/file-graph.ts';

const graph = fileGraph();

const METRICS = [
  'graphql_yoga_http_duration_count',
  'graphql_envelop_request_duration_count',
  'graphql_envelop_error_result',
  'graphql_gateway_subgraph_execute_duration_count',
  'graphql_gateway_subgraph_execute_errors',
  'graphql_gateway_fetch_duration_count',
];

/** The series of METRICS, as `name{labels} value` lines, sorted; subgraph URLs as <name>. */
async function series(opsUrl: string): Promise<string[]> {
  let text = await (await fetch(`${opsUrl}/metrics`)).text();
  for (const [name, url] of Object.entries(graph.subgraphUrls)) text = text.replaceAll(`"${url}"`, `"<${name}>"`);
  return text
    .split('\n')
    .filter((line) => METRICS.some((metric) => line.startsWith(`${metric}{`)))
    .sort();
}

const post = (via: string, body: object) =>
  fetch(via, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify(body) });

const http = (status: number, type: string, name: string, count = 1, method = 'POST') =>
  `graphql_yoga_http_duration_count{method="${method}",statusCode="${status}",operationType="${type}",operationName="${name}",url="/graphql"} ${count}`;
const executed = (name: string) => `graphql_envelop_request_duration_count{operationType="query",operationName="${name}"} 1`;
const STUDIOS = '<master-studios>';

describe('request metrics', () => {
  it('observes every request under its operation, and counts errors by phase and path', async () => {
    const { url: via, opsUrl } = await graph.addGateway({ metricsPort: 0 });
    await post(via, { query: 'query Named { masterStudios(first: 1) { totalCount } }' });
    await post(via, { query: '{ __typename }' });
    await post(via, { query: 'query One { __typename } query Two { masterStudios(first: 1) { totalCount } }', operationName: 'Two' });
    const get = `${via}?query=${encodeURIComponent('query ByGet { __typename }')}`;
    await fetch(get, { headers: { 'x-graphql-csrf': '1', accept: 'application/json' } });
    await post(via, { query: 'query Broken { masterStudios(' });
    await post(via, { query: 'query Invalid { noSuchField }' });
    await post(via, { query: 'mutation Incomplete { registerMasterStudio(input: { name: "x" }) { id } }' });
    await post(via, { query: 'query BadId { studio: masterStudio(id: "abc") { name } }' });

    expect(await series(opsUrl!)).toEqual([
      // One per error: the parse error names no operation, validation counts one per request.
      'graphql_envelop_error_result{operationType="mutation",operationName="Incomplete",phase="validate"} 1',
      'graphql_envelop_error_result{operationType="query",operationName="BadId",phase="execute",path="studio"} 1',
      'graphql_envelop_error_result{operationType="query",operationName="Invalid",phase="validate"} 1',
      'graphql_envelop_error_result{operationType="unknown",operationName="Anonymous",phase="parse"} 1',
      // Only what was executed.
      executed('Anonymous'),
      executed('BadId'),
      executed('ByGet'),
      executed('Named'),
      executed('Two'),
      // Three fetches of the one subgraph these read (the planner names no subgraph operation).
      `graphql_gateway_fetch_duration_count{url="${STUDIOS}",method="POST",statusCode="200",statusText="OK"} 3`,
      'graphql_gateway_subgraph_execute_duration_count{subgraphName="master-studios",operationName="Anonymous",operationType="query"} 3',
      'graphql_gateway_subgraph_execute_errors{subgraphName="master-studios",operationName="Anonymous",operationType="query"} 1',
      // Every request, refused ones included.
      http(200, 'query', 'ByGet', 1, 'GET'),
      http(200, 'query', 'Anonymous'),
      http(200, 'query', 'BadId'),
      http(200, 'query', 'Named'),
      http(200, 'query', 'Two'),
      http(400, 'mutation', 'Incomplete'),
      http(400, 'query', 'Invalid'),
      http(400, 'unknown', 'Anonymous'),
    ]);
  });

  it('observes answers from the response cache under their operation, named in the text or the request', async () => {
    const { url: via, opsUrl } = await graph.addGateway({ metricsPort: 0, responseCache: { mode: 'memory', ttlMs: 60_000 } });
    const named = { query: 'query Cached { masterStudios(first: 2) { totalCount } }' };
    const chosen = { query: 'query Other { __typename } query Chosen { masterStudios(first: 3) { totalCount } }', operationName: 'Chosen' };
    for (const body of [named, named, named, chosen, chosen]) expect((await post(via, body)).status).toBe(200);

    const lines = await series(opsUrl!);
    // Executed once each; the other requests were answered from the cache.
    expect(lines.filter((line) => line.startsWith('graphql_envelop_request_duration_count'))).toEqual([executed('Cached'), executed('Chosen')]);
    expect(lines.filter((line) => line.startsWith('graphql_yoga_http_duration_count'))).toEqual([
      http(200, 'query', 'Cached', 3),
      http(200, 'query', 'Chosen', 2),
    ]);
  });
});
