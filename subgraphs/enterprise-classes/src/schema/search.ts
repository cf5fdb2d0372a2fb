import { matchesSql, MAX_SEARCH_HITS, rankedSearch, rankSql, replicaOf } from '@partnership/kit';
import { builder } from '../registry.ts';
import { EnterpriseClass } from './enterprise-class.ts';
import { IndustryCollege } from './industry-college.ts';
import { Major } from './major.ts';
import { Occupation } from './occupation.ts';

// Each kind matches by its Chinese or English name (occupations also by code). The studios of a
// matching trade come with the hit through Occupation.firstStudios (master-studios) in the same
// gateway request: that is how "钳工" finds the fitters' studios.
const hits = (table: string, id: string, columns: string[]) => `
  SELECT ${id} AS id, ${rankSql(columns)} AS rank, provenance, name
  FROM "${table}" WHERE ${matchesSql(columns)}`;

const NAMES = ['name', '"nameEn"'];
const CLASS_HITS = hits('EnterpriseClass', 'id', NAMES);
const MAJOR_HITS = hits('Major', 'id', NAMES);
const COLLEGE_HITS = hits('IndustryCollege', 'id', NAMES);
const OCCUPATION_HITS = hits('Occupation', 'code', [...NAMES, 'code']);

const RANKING = 'exact matches first, then prefixes, then the rest; the article\'s records before generated ones, then by name.';

builder.queryFields((t) => {
  const args = {
    text: t.arg.string({ required: true, description: 'Any part of a name, in Chinese or English; % and _ match themselves.' }),
    first: t.arg.int({ required: false, description: `Most hits to return: 1 to ${MAX_SEARCH_HITS}, 10 when absent.` }),
  };
  return {
    searchEnterpriseClasses: t.field({
      type: [EnterpriseClass],
      description: `Order classes (订单班) whose name contains the text: ${RANKING}`,
      args,
      resolve: (_root, { text, first }, ctx) =>
        rankedSearch(replicaOf(ctx.db), CLASS_HITS, text, first, (ids: number[]) => replicaOf(ctx.db).enterpriseClass.findMany({ where: { id: { in: ids } } }), (c) => c.id),
    }),
    searchMajors: t.field({
      type: [Major],
      description: `Majors (专业) whose name contains the text: ${RANKING}`,
      args,
      resolve: (_root, { text, first }, ctx) =>
        rankedSearch(replicaOf(ctx.db), MAJOR_HITS, text, first, (ids: number[]) => replicaOf(ctx.db).major.findMany({ where: { id: { in: ids } } }), (m) => m.id),
    }),
    searchIndustryColleges: t.field({
      type: [IndustryCollege],
      description: `Industry colleges (产业学院) whose name contains the text: ${RANKING}`,
      args,
      resolve: (_root, { text, first }, ctx) =>
        rankedSearch(replicaOf(ctx.db), COLLEGE_HITS, text, first, (ids: number[]) => replicaOf(ctx.db).industryCollege.findMany({ where: { id: { in: ids } } }), (c) => c.id),
    }),
    searchOccupations: t.field({
      type: [Occupation],
      description: `Occupations (职业/工种) whose name or code contains the text: ${RANKING}`,
      args,
      resolve: (_root, { text, first }, ctx) =>
        rankedSearch(replicaOf(ctx.db), OCCUPATION_HITS, text, first, (codes: string[]) => replicaOf(ctx.db).occupation.findMany({ where: { code: { in: codes } } }), (o) => o.code),
    }),
  };
});
