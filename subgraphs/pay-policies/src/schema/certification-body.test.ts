import { describe, expect, it } from 'vitest';
import { seededDatabase } from '@partnership/kit/seeded-database';
import { payPolicies } from './index.ts';

const { run: query } = seededDatabase(payPolicies);

describe('certificationBodies filter', () => {
  // The same provenances and nameContains the other registries' filters take.
  it('hides generated placeholders with provenances, as every other directory does', async () => {
    const { data, errors } = await query(`{
      shown: certificationBodies(filter: { provenances: [ARTICLE, REGISTERED] }) { totalCount edges { node { name provenance } } }
      all: certificationBodies(filter: { provenances: [] }) { totalCount }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.shown).toEqual({ totalCount: 1, edges: [{ node: { name: '杭州正强传动股份有限公司', provenance: 'ARTICLE' } }] });
    expect(data!.all.totalCount).toBe(68);
  });

  it('finds a body by part of its name, and refuses a blank one naming the field', async () => {
    const { data } = await query('{ certificationBodies(filter: { nameContains: "正强" }) { edges { node { name } } } }');
    expect(data!.certificationBodies.edges).toEqual([{ node: { name: '杭州正强传动股份有限公司' } }]);
    const { errors } = await query('{ certificationBodies(filter: { nameContains: " " }) { totalCount } }');
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.nameContains' });
  });
});
