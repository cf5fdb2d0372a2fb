import { readFileSync } from 'node:fs';
import path from 'node:path';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { buildSchema, getOperationAST, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE } from '@partnership/kit/paging';
import { DEFAULT_LIMITS, operationCost } from './security.ts';
import { EXPLORER_MANIFEST } from './trusted-documents.ts';

const root = path.resolve(import.meta.dirname, '../..');
// The supergraph's fields and arguments are the API's: enough to find the connections.
const schema = buildSchema(readFileSync(path.join(root, 'schema/supergraph.graphql'), 'utf8'));

const cost = (query: string, variables?: Record<string, unknown>) => operationCost(schema, parse(query), variables);

/** Armor's own validation-time cost, which counts literal page sizes only. */
function armorCost(query: string): number {
  let n = NaN;
  validate(schema, parse(query), [
    costLimitRule({ maxCost: Infinity, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, onAccept: [(_, details) => (n = details.n)] }),
  ]);
  return n;
}

const PAGE = `edges { node { id name hostEnterprise { name payPolicies { scope upliftMinPercent upliftMaxPercent } } } }`;
const literal = (size: number | null) => `{ masterStudios(first: ${size}) { ${PAGE} } }`;
const variable = `query ($first: Int) { masterStudios(first: $first) { ${PAGE} } }`;

describe('operationCost', () => {
  it.each([1, 500, 1000])('counts a page size of %i sent as a variable as Armor counts it written in', (size) => {
    expect(cost(literal(size))).toBe(armorCost(literal(size)));
    expect(cost(variable, { first: size })).toBe(armorCost(literal(size)));
  });

  it('measures the 500-studio page as before, and a larger one beyond the limit', () => {
    expect(cost(variable, { first: 500 })).toBe(30_484.375);
    expect(cost(variable, { first: 1000 })).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it("counts a variable's default value, unless the request sends another", () => {
    const withDefault = `query ($first: Int = 1000) { masterStudios(first: $first) { ${PAGE} } }`;
    expect(cost(withDefault, {})).toBe(armorCost(literal(1000)));
    expect(cost(withDefault, { first: 10 })).toBe(armorCost(literal(10)));
  });

  it('counts a missing or null page size as the page the subgraphs serve then', () => {
    const page = armorCost(literal(DEFAULT_PAGE_SIZE));
    expect(cost(`{ masterStudios { ${PAGE} } }`)).toBe(page);
    expect(cost(literal(null))).toBe(page);
    expect(cost(variable, {})).toBe(page);
    expect(cost(variable, { first: null })).toBe(page);
  });

  it('counts `last` as it counts `first`, and the larger when both are sent', () => {
    const both = `query ($first: Int, $last: Int) { masterStudios(first: $first, last: $last) { ${PAGE} } }`;
    expect(cost(both, { last: 800 })).toBe(armorCost(literal(800)));
    expect(cost(both, { first: 3, last: 800 })).toBe(armorCost(literal(800)));
  });

  it('counts page sizes inside fragments, and sums pages side by side', () => {
    const fragment = `query ($a: Int, $b: Int) { ...Pages } fragment Pages on Query {
      masterStudios(first: $a) { totalCount } enterprises(first: $b) { totalCount } }`;
    const written = `{ ...Pages } fragment Pages on Query { masterStudios(first: 700) { totalCount } enterprises(first: 900) { totalCount } }`;
    expect(cost(fragment, { a: 700, b: 900 })).toBe(armorCost(written));
  });

  it('multiplies the lists under a variable page, so a page of 1,000 nested studios is over the limit', () => {
    const nested = `query ($n: Int) { masterStudios(first: $n) { edges { node { apprentices { name sinceYear } leader { name honours { name year } } } } } }`;
    expect(cost(nested, { n: 1000 })).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(cost(nested, { n: DEFAULT_PAGE_SIZE })).toBeLessThan(DEFAULT_LIMITS.maxCost);
  });

  it('leaves a request whose variables do not coerce to execution, which refuses it', () => {
    expect(cost(variable, { first: 'many' })).toBeUndefined();
    expect(cost(`query ($id: ID!) { masterStudio(id: $id) { name } }`, {})).toBeUndefined();
  });

  it("prices every documented query under the limit: the README's and the explorer's", () => {
    const readme = [...readFileSync(path.join(root, 'README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
    const explorer = Object.values(JSON.parse(readFileSync(EXPLORER_MANIFEST, 'utf8')) as Record<string, string>);
    expect(readme.length).toBeGreaterThanOrEqual(3);
    expect(explorer.length).toBeGreaterThanOrEqual(8);
    // The largest page the explorer shows is 20 (its enterprise directory); writes page nothing.
    const variables = { industry: 'SMART_VEHICLES', id: '5', first: 20, text: '杭齿', studios: true, classes: true, policies: true };
    const queries = [...readme, ...explorer].filter((query) => getOperationAST(parse(query))?.operation === 'query');
    for (const query of queries) {
      const found = cost(query, variables);
      expect(found, query).toBeGreaterThan(0);
      expect(found, query).toBeLessThan(DEFAULT_LIMITS.maxCost);
    }
  });
});
