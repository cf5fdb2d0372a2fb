import { builder } from '../registry.ts';
import { Provenance } from './enums.ts';

export const MasterHonour = builder.prismaObject('MasterHonour', {
  fields: (t) => ({
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    year: t.exposeInt('year', { nullable: true }),
    valueCny: t.exposeInt('valueCny', { nullable: true, description: 'Economic value credited to it, in CNY ("over" where the source says so).' }),
    provenance: t.expose('provenance', { type: Provenance }),
  }),
});

/** Studios and chief-technician titles are added to Master in their own files. */
export const Master = builder.prismaObject('Master', {
  description: 'A skilled worker who leads a studio, holds a chief-technician title or sits in the leaders group.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    title: t.exposeString('title', { nullable: true, description: 'Professional title, e.g. 机械制造高级技师.' }),
    titleEn: t.exposeString('titleEn', { nullable: true }),
    yearsInTrade: t.exposeInt('yearsInTrade', { nullable: true }),
    honours: t.relation('honours', {
      description: 'Honours and achievements credited to the master, oldest first.',
      query: { orderBy: [{ year: 'asc' }, { id: 'asc' }] },
    }),
    provenance: t.expose('provenance', { type: Provenance }),
  }),
});
