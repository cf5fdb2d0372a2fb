import { builder } from '../registry.ts';
import { Provenance } from './enums.ts';

export const MasterHonour = builder.prismaObject('MasterHonour', {
  description: 'An honour or achievement credited to a master (荣誉).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name of the honour or achievement, in Chinese as the source gives it.' }),
    nameEn: t.exposeString('nameEn', { description: 'English rendering of the name, where known.', nullable: true }),
    year: t.exposeInt('year', { description: 'Year it was awarded; null where the source gives none.', nullable: true }),
    valueCny: t.exposeInt('valueCny', { nullable: true, description: 'Economic value credited to it, in CNY; valueQualifier says when the source gives it only roughly.' }),
    valueQualifier: t.exposeString('valueQualifier', { nullable: true, description: '"over" or "about" as the source qualifies valueCny (600余万元: over 6,000,000), or null for an exact figure.' }),
    provenance: t.expose('provenance', { description: 'Provenance of the record: from the article, generated to fill its totals, or registered through the API.', type: Provenance }),
  }),
});

/** Studios and chief-technician titles are added to Master in their own files. */
export const Master = builder.prismaObject('Master', {
  description: 'A skill master (技能大师) or skilled worker who leads a studio, holds a chief-technician title or sits in the leaders group.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The master id.' }),
    name: t.exposeString('name', { description: 'Name in Chinese (姓名).' }),
    nameEn: t.exposeString('nameEn', { description: 'Name in pinyin or English, where known.', nullable: true }),
    title: t.exposeString('title', { nullable: true, description: 'Professional title, e.g. 机械制造高级技师.' }),
    titleEn: t.exposeString('titleEn', { description: 'English rendering of the professional title.', nullable: true }),
    yearsInTrade: t.exposeInt('yearsInTrade', { description: 'Years in the trade, where the source says.', nullable: true }),
    honours: t.relation('honours', {
      listSize: { assumedSize: 5 },
      description: 'Honours and achievements credited to the master, oldest first.',
      query: { orderBy: [{ year: 'asc' }, { id: 'asc' }] },
    }),
    provenance: t.expose('provenance', { description: 'Provenance of the record: from the article, generated to fill its totals, or registered through the API.', type: Provenance }),
  }),
});
