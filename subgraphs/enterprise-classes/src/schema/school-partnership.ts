import { builder } from '../registry.ts';
import { Enterprise } from './enterprise.ts';
import { Provenance } from './enums.ts';

/** What addSchoolPartner and removeSchoolPartner answer; a school's current partners are School.partnerEnterprises. */
export const SchoolPartnership = builder.prismaObject('SchoolPartnership', {
  description: 'A school naming an enterprise as its partner (合作企业); one record per school and enterprise.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The partnership id.' }),
    school: t.relation('school', { description: 'The school.' }),
    enterprise: t.field({
      type: Enterprise,
      nullable: true,
      description: 'The partner enterprise; null when its registry, pay-policies, did not answer.',
      resolve: (p) => ({ id: String(p.enterpriseId) }),
    }),
    provenance: t.expose('provenance', { type: Provenance, description: 'Where the record comes from (article, generated, or registered through the API).' }),
    endedAt: t.string({
      nullable: true,
      description: 'When the school removed the enterprise from its partners, in UTC (ISO 8601, e.g. 2026-12-06T01:02:03.456Z); null while it is a partner.',
      resolve: (p) => p.endedAt?.toISOString() ?? null,
    }),
  }),
});
