import { readFileSync } from 'node:fs';
import path from 'node:path';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { buildSchema, getNamedType, getNullableType, getOperationAST, isCompositeType, isListType, isObjectType, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE } from '@partnership/kit/paging';
import { MAX_SEARCH_HITS } from '@partnership/kit/search';
import { assumedListSize, COST_WEIGHTS, largestLists, operationCost, sizedDocument } from './operation-cost.ts';
import { DEFAULT_LIMITS } from './security.ts';
import { EXPORT_PAGE_SIZE } from '../explorer/src/export/all-pages.ts';
import { EXPLORER_MANIFEST } from './trusted-documents.ts';

const root = path.resolve(import.meta.dirname, '../..');
// The supergraph's fields and arguments are the API's: enough to find the connections.
const schema = buildSchema(readFileSync(path.join(root, 'schema/supergraph.graphql'), 'utf8'));

const sized = (query: string, variables?: Record<string, unknown>) => sizedDocument(schema, parse(query), variables);
const cost = (query: string, variables?: Record<string, unknown>) => {
  const found = sized(query, variables);
  return found && operationCost(schema, found);
};

/** Armor's own validation-time cost, which counts literal page sizes only. */
function armorCost(query: string): number {
  let n = NaN;
  validate(schema, parse(query), [
    costLimitRule({ ...COST_WEIGHTS, maxCost: Infinity, onAccept: [(_, details) => (n = details.n)] }),
  ]);
  return n;
}

const PAGE = `edges { node { id name levelHistory { level year } leader { name honours { name year } }
  hostEnterprise { name payPolicies { scope upliftMinPercent upliftMaxPercent } studios { name level } } } }`;
const literal = (size: number | null) => `{ masterStudios(first: ${size}) { ${PAGE} } }`;
/** The page as Armor alone counts it with every size written in: each whole list at its declared 5. */
const written = (size: number) => literal(size).replace(/\b(levelHistory|honours|payPolicies|studios) \{/g, '$1(first: 5) {');
const variable = `query ($first: Int) { masterStudios(first: $first) { ${PAGE} } }`;

describe('the supergraph', () => {
  it('declares a size for every list of records returned whole, so the cost limit counts its rows', () => {
    const undeclared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const paged = field.args.some((arg) => arg.name === 'first');
        if (isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type)) && !paged && assumedListSize(field) === undefined) {
          undeclared.push(`${type.name}.${field.name}`);
        }
      }
    }
    // A connection's edges are counted by its page size.
    expect(
      undeclared.filter((name) => !/Connection\.edges$/.test(name)),
      'give each listSize: { assumedSize }, the most it holds at seed:scale 1 rounded up to 1, 2 or 5 times a power of ten (docs/security.md)',
    ).toEqual([]);
  });
});

describe('operationCost', () => {
  it.each([1, 500, 1000])('counts a page size of %i sent as a variable as Armor counts it written in', (size) => {
    expect(cost(literal(size))).toBe(armorCost(written(size)));
    expect(cost(variable, { first: size })).toBe(armorCost(written(size)));
  });

  it('measures a page of 500 studios under the limit, and a larger one beyond it', () => {
    expect(cost(variable, { first: 500 })).toBe(270_953.125);
    expect(cost(variable, { first: 500 })).toBeLessThan(DEFAULT_LIMITS.maxCost);
    expect(cost(variable, { first: 1000 })).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it("counts a variable's default value, unless the request sends another", () => {
    const withDefault = `query ($first: Int = 1000) { masterStudios(first: $first) { ${PAGE} } }`;
    expect(cost(withDefault, {})).toBe(armorCost(written(1000)));
    expect(cost(withDefault, { first: 10 })).toBe(armorCost(written(10)));
  });

  it('counts a missing or null page size as the page the subgraphs serve then', () => {
    const page = armorCost(written(DEFAULT_PAGE_SIZE));
    expect(cost(`{ masterStudios { ${PAGE} } }`)).toBe(page);
    expect(cost(literal(null))).toBe(page);
    expect(cost(variable, {})).toBe(page);
    expect(cost(variable, { first: null })).toBe(page);
  });

  it('counts `last` as it counts `first`, and the larger when both are sent', () => {
    const both = `query ($first: Int, $last: Int) { masterStudios(first: $first, last: $last) { ${PAGE} } }`;
    expect(cost(both, { last: 800 })).toBe(armorCost(written(800)));
    expect(cost(both, { first: 3, last: 800 })).toBe(armorCost(written(800)));
  });

  it('counts page sizes inside fragments, and sums pages side by side', () => {
    const fragment = `query ($a: Int, $b: Int) { ...Pages } fragment Pages on Query {
      masterStudios(first: $a) { totalCount } enterprises(first: $b) { totalCount } }`;
    const inline = `{ ...Pages } fragment Pages on Query { masterStudios(first: 700) { totalCount } enterprises(first: 900) { totalCount } }`;
    expect(cost(fragment, { a: 700, b: 900 })).toBe(armorCost(inline));
  });

  it('multiplies the lists under a variable page, so a page of 1,000 nested studios is over the limit', () => {
    const nested = `query ($n: Int) { masterStudios(first: $n) { edges { node { apprentices { name sinceYear } levelHistory { level year }
      leader { name honours { name year } studios { name } } hostEnterprise { payPolicies { scope } } } } } }`;
    expect(cost(nested, { n: 1000 })).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(cost(nested, { n: DEFAULT_PAGE_SIZE })).toBeLessThan(DEFAULT_LIMITS.maxCost);
  });

  it('counts a list returned whole at the size its registry declares with @listSize', () => {
    const whole = `{ industry(code: "SMART_VEHICLES") { studios { name level } } }`;
    expect(armorCost(whole)).toBe(armorCost(`{ industry(code: "SMART_VEHICLES") { studios(first: 1) { name level } } }`));
    expect(cost(whole)).toBe(armorCost(`{ industry(code: "SMART_VEHICLES") { studios(first: 500) { name level } } }`));
  });

  it("takes promotion pathways a page at a time, so the largest page with each pathway's enterprise is under the limit", () => {
    expect(cost(`{ promotionPathways(first: 1000) { edges { node { fromRole toRole enterprise { name industry { name } } } } } }`)).toBeLessThan(DEFAULT_LIMITS.maxCost);
  });

  it('refuses lists of whole lists, which at province scale are hundreds of thousands of rows', () => {
    expect(cost(`{ industries { studios { name } } }`)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(cost(`{ schools { enterpriseClasses { students { name } } } }`)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(cost(`{ occupations { enterpriseClasses { name } } }`)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(cost(`{ industries { enterprises { name } } }`)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(cost(`{ industries { name majors { name } } }`)).toBeLessThan(DEFAULT_LIMITS.maxCost);
  });

  it('names the nested lists that multiply to the most records, through fragments, for a refusal', () => {
    const lists = (query: string, variables?: Record<string, unknown>) => largestLists(sized(query, variables)!);
    expect(lists(`{ schools { name enterpriseClasses { name students { name } } studios { name } } }`)).toBe(
      'schools › enterpriseClasses › students: up to 200 × 200 × 50 = 2,000,000 records',
    );
    expect(lists(`query ($n: Int) { ...Page } fragment Page on Query { masterStudios(first: $n) { edges { node { apprentices { name } } } } }`, { n: 1000 })).toBe(
      'masterStudios › apprentices: up to 1,000 × 5 = 5,000 records',
    );
    expect(lists(`{ industries { name } }`)).toBe('industries: up to 500 records');
    expect(lists(`{ masterStudio(id: "1") { name } }`)).toBeUndefined();
    // Each fragment spread ten times by the one before: walked once each, not 10^11 times.
    const levels = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Query { ${i === 11 ? 'industries { name }' : `...F${i + 1} `.repeat(10)} }`);
    expect(lists(`{ ...F0 } ${levels.join(' ')}`)).toBe('industries: up to 500 records');
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
    // Every page at the largest the explorer asks for, an export's, and a search's hits at their
    // most; writes page nothing.
    const variables = { industry: 'SMART_VEHICLES', id: '5', schoolId: '1', text: '杭齿', studios: true, classes: true, policies: true };
    const first = (query: string) => (/\bsearch[A-Z]\w*\(/.test(query) ? MAX_SEARCH_HITS : EXPORT_PAGE_SIZE);
    const queries = [...readme, ...explorer].filter((query) => getOperationAST(parse(query))?.operation === 'query');
    for (const query of queries) {
      const found = cost(query, { ...variables, first: first(query) });
      expect(found, query).toBeGreaterThan(0);
      expect(found, query).toBeLessThan(DEFAULT_LIMITS.maxCost);
    }
  });
});
