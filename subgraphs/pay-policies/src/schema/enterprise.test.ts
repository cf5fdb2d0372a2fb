import { describe, expect, it } from 'vitest';
import { seededDatabase } from '@partnership/kit/seeded-database';
import { payPolicies } from './index.ts';

const { run: query } = seededDatabase(payPolicies);

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Enterprise {
      name industry { code } payPolicies { upliftMaxPercent } promotionPathways { toRole } subsidies { amountCny }
      certificationBodies { batches { peopleCertified } occupations { code } }
    }
  }
}`;

describe('Enterprise', () => {
  it('resolves any number of references with one statement per type', async () => {
    const stubs = (ids: number[]) => ids.map((id) => ({ __typename: 'Enterprise', id: String(id) }));
    // 正强 (5) has a certification body, so the small request reaches batches too.
    const small = await query(ENTITIES, { representations: stubs([5, 7, 9]) });
    const large = await query(ENTITIES, { representations: stubs(Array.from({ length: 100 }, (_, i) => i + 1)) });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data!._entities).toHaveLength(100);
    // The enterprises with their policies, pathways, subsidies, bodies and batches joined in.
    expect(small.statements).toBe(1);
    expect(large.statements).toBe(small.statements);
  });

  it('answers a missing enterprise with null', async () => {
    const { data } = await query('{ enterprise(id: "99999") { name } }');
    expect(data!.enterprise).toBeNull();
  });

  it('shows 正强 as a pilot since April with its 88 certified staff', async () => {
    const { data } = await query('{ enterprise(id: "5") { name certificationBodies { pilotSinceYear pilotSinceMonth batches { periodEnd peopleCertified selfTrained } } } }');
    expect(data!.enterprise.certificationBodies).toEqual([
      { pilotSinceYear: 2023, pilotSinceMonth: 4, batches: [{ periodEnd: '2023-10-31', peopleCertified: 88, selfTrained: null }] },
    ]);
  });

  it('filters enterprises that certify skills themselves, with a total', async () => {
    const { data, errors } = await query('{ enterprises(filter: { hasCertificationBody: true }, first: 5) { totalCount edges { node { id } } } }');
    expect(errors).toBeUndefined();
    expect(data!.enterprises.totalCount).toBe(62);
    expect(data!.enterprises.edges).toHaveLength(5);
  });

  it('lists the enterprises of an industry through the Industry stub', async () => {
    const { data } = await query(`{ _entities(representations: [{ __typename: "Industry", code: "ELDERLY_CARE" }]) {
      ... on Industry { enterprises { industry { code } } }
    } }`);
    const enterprises = data!._entities[0].enterprises as { industry: { code: string } }[];
    expect(enterprises.length).toBeGreaterThan(0);
    expect(enterprises.every((e) => e.industry.code === 'ELDERLY_CARE')).toBe(true);
  });

  it('refuses a blank name filter, naming the field', async () => {
    const { errors } = await query('{ enterprises(filter: { nameContains: "  " }) { totalCount } }');
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.nameContains' });
  });
});
