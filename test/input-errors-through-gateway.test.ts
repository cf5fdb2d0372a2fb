// What docs/writing.md says a client gets through the gateway for a bad enum value, bad page
// arguments and too long a list: the code depends on where an enum value is written; a page
// argument and a list name their rule, a list with its bound.
import { describe, expect, it } from 'vitest';
import { readOnlyGraph } from './support/file-graph.ts';

const graph = readOnlyGraph();

describe('through the gateway', () => {
  it('refuses an unknown enum value in the query text in validation, and in variables in coercion', async () => {
    const literal = await graph.query(`{ masterStudios(filter: { levels: [REGIONAL] }) { totalCount } }`);
    expect(literal.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    const variable = await graph.query(`query ($levels: [StudioLevel!]) { masterStudios(filter: { levels: $levels }) { totalCount } }`, { levels: ['REGIONAL'] });
    expect(variable.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(variable.errors?.[0].message).toMatch(/^Variable "\$levels" got invalid value "REGIONAL" at "levels\[0\]"; Value "REGIONAL" does not exist in "StudioLevel" enum\./);
    // Refused before any registry read a row.
    expect(Object.values(variable.statements).every((count) => count === 0)).toBe(true);
  });

  it("passes on a filter's item limit with its bound, for a client to word it", async () => {
    const towns = Array.from({ length: 1001 }, () => '临浦镇');
    const { errors } = await graph.query(`query ($towns: [String!]) { masterStudios(filter: { towns: $towns }) { totalCount } }`, { towns });
    expect(errors?.[0].message).toBe('filter.towns must list at most 1000 items (it lists 1001).');
    expect(errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.towns', rule: 'length', params: { maxItems: 1000 }, serviceName: 'master-studios' });
  });

  it('passes on the page rule a registry refuses, naming the argument', async () => {
    const { errors } = await graph.query(`query ($after: String) { masterStudios(after: $after) { totalCount } }`, { after: 'bogus' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', rule: 'cursor' });
    expect(errors?.[0].message).toBe("after must be a cursor this list gave out (an edge's cursor or pageInfo.endCursor; leave after out to start again from the first page).");
  });
});
