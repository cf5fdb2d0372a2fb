// A frontend that sends a typo in a filter (an industry or occupation code, a town) is told so,
// with the valid choices or where to find them, by each registry: not answered with an empty list.
import { beforeAll, describe, expect, it } from 'vitest';
import { readOnlyGraph } from './support/file-graph.ts';

const graph = readOnlyGraph();
let industryCodes: string[];
beforeAll(async () => {
  industryCodes = (await graph.query(`{ industries { code } }`)).data.industries.map((i: { code: string }) => i.code).sort();
});

/** The one error a query gets, with no data for its field. */
async function refusal(query: string) {
  const { data, errors } = await graph.query(query);
  expect(errors).toHaveLength(1);
  expect(Object.values(data ?? {}).every((value) => value == null)).toBe(true);
  return errors![0];
}

describe('an unknown value in a filter', () => {
  it('is refused by master-studios, which names the industry codes of enterprise-classes', async () => {
    const error = await refusal(`{ masterStudios(filter: { industryCodes: ["SMART_VEHICLES", "SMART_VEHICLE"] }) { totalCount } }`);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.industryCodes' });
    expect(error.message).toBe(`filter.industryCodes has unknown industry code(s) SMART_VEHICLE; valid industry codes: ${industryCodes.join(', ')}.`);
    // The same filter with valid codes answers, here and in the level counts.
    const valid = await graph.query(`{ masterStudios(filter: { industryCodes: ["SMART_VEHICLES"] }) { totalCount } masterStudioCountsByLevel(filter: { occupationCodes: ["FITTER"] }) { count } }`);
    expect(valid.errors).toBeUndefined();
    expect(valid.data.masterStudios.totalCount).toBeGreaterThan(0);
  });

  it('is refused by enterprise-classes, which says where the occupation codes are listed', async () => {
    const error = await refusal(`{ enterpriseClasses(filter: { occupationCodes: ["FITER"] }) { totalCount } }`);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.occupationCodes' });
    expect(error.message).toBe('filter.occupationCodes has unknown occupation code(s) FITER; the valid occupation codes are listed by `occupations { code name }`.');
    const majors = await refusal(`{ majors(industryCode: "ROBOTS") { id } }`);
    expect(majors.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'industryCode' });
  });

  it('is refused by pay-policies for an industry, an occupation and a town', async () => {
    const industry = await refusal(`{ enterprises(filter: { industryCodes: ["TEXTILES"] }) { totalCount } }`);
    expect(industry.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.industryCodes' });
    expect(industry.message).toContain(`valid industry codes: ${industryCodes.join(', ')}.`);
    const occupation = await refusal(`{ certificationBodies(filter: { occupationCodes: ["WELDER_X"] }) { totalCount } }`);
    expect(occupation.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.occupationCodes' });
    const town = await refusal(`{ enterprises(filter: { towns: ["瓜沥"] }) { totalCount } }`);
    expect(town.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.towns' });
    expect(town.message).toBe('filter.towns has unknown town(s) 瓜沥; valid towns: 河上镇, 瓜沥镇, 蜀山街道, 开发区, 其他镇街（平台）.');
  });

  it('is refused with spaces around it by every registry, which would otherwise answer nothing', async () => {
    for (const query of [
      `{ masterStudios(filter: { industryCodes: [" SMART_VEHICLES "] }) { totalCount } }`,
      `{ masterStudioCountsByLevel(filter: { occupationCodes: [" FITTER"] }) { count } }`,
      `{ enterprises(filter: { industryCodes: ["SMART_VEHICLES "] }) { totalCount } }`,
      `{ certificationBodies(filter: { occupationCodes: ["ELECTRICIAN "] }) { totalCount } }`,
      `{ enterpriseClasses(filter: { industryCodes: [" SMART_VEHICLES "] }) { totalCount } }`,
    ]) {
      const error = await refusal(query);
      expect(error.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(error.message, query).toMatch(/has unknown (industry|occupation) code\(s\) "/);
    }
  });

  it('is refused before any registry for a level, an enum the schema lists', async () => {
    const { errors } = await graph.query(`{ masterStudios(filter: { levels: [REGIONAL] }) { totalCount } }`);
    expect(errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(errors?.[0].message).toContain('"REGIONAL" does not exist in "StudioLevel" enum');
  });
});

describe('a read argument that breaks a rule', () => {
  it.each([
    ['{ researchProjects(yearFrom: 2023, yearTo: 2021) { totalCount } }', 'yearFrom', 'minMax'],
    ['{ subsidies(year: 1800) { totalCount } }', 'year', 'range'],
    ['{ searchStudios(text: "a", first: 0) { id } }', 'first', 'range'],
    ['{ masterStudios(filter: { nameContains: "   " }) { totalCount } }', 'filter.nameContains', 'length'],
    ['{ masterStudio(id: "abc") { id } }', 'id', 'format'],
    ['{ chiefTechnicians(batch: 0) { year } }', 'batch', 'range'],
    ['{ enterpriseClasses(filter: { industryCodes: ["SMART_VEHICLES"], industryStated: false }) { totalCount } }', 'filter.industryStated', 'combination'],
    ['{ enterprises(filter: { industryCodes: ["TEXTILES"] }) { totalCount } }', 'filter.industryCodes', 'exists'],
    ['{ enterprises(filter: { industryCodes: ["SMART_VEHICLES"], industryStated: false }) { totalCount } }', 'filter.industryStated', 'combination'],
    ['{ enterprises(filter: { towns: ["瓜沥镇"], townStated: false }) { totalCount } }', 'filter.townStated', 'combination'],
    ['{ masterStudios(filter: { towns: ["瓜沥镇"], townStated: false }) { totalCount } }', 'filter.townStated', 'combination'],
  ])('%s names the argument and the rule', async (query, field, rule) => {
    expect((await refusal(query)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
  });
});

