import { readPage } from '@partnership/kit';
import { builder } from '../registry.ts';
import { MentorSide, Provenance } from './enums.ts';
import { Enterprise } from './enterprise.ts';

/** The students a mentor guides are added in student.ts. */
export const Mentor = builder.prismaObject('Mentor', {
  description: 'One side of the dual-mentor system (双导师制): a college teacher or an enterprise expert.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The mentor id.' }),
    name: t.exposeString('name', { description: 'The mentor name.' }),
    side: t.expose('side', { type: MentorSide, description: 'Which side of the dual-mentor system (双导师制) the mentor is on.' }),
    school: t.relation('school', { nullable: true, description: 'The school a college mentor teaches at.' }),
    enterprise: t.field({
      type: Enterprise,
      nullable: true,
      description: 'The enterprise an enterprise mentor works at; null when none is recorded or its registry, pay-policies, did not answer.',
      resolve: (m) => (m.enterpriseId == null ? null : { id: String(m.enterpriseId) }),
    }),
    provenance: t.expose('provenance', { type: Provenance, description: 'Where the record comes from (article, generated, or registered through the API).' }),
  }),
});

builder.queryFields((t) => ({
  mentors: t.prismaConnection(
    {
      type: 'Mentor',
      cursor: 'id',
      description: 'Mentors (导师, 双导师制), oldest record first, of one side or both.',
      args: { side: t.arg({ type: MentorSide, required: false, description: 'Only mentors of this side.' }) },
      totalCount: (_connection, args, ctx) => ctx.db.mentor.count({ where: { side: args.side ?? undefined } }),
      resolve: (query, _root, args, ctx) =>
        readPage(query, { side: args.side ?? undefined }, (page) => ctx.db.mentor.findMany({ ...page, orderBy: { id: 'asc' } })),
    },
    { name: 'MentorConnection', description: 'A page of mentors with the total that match.' },
    { name: 'MentorEdge' },
  ),
}));
