import { builder } from '../registry.ts';
import { Provenance } from './enums.ts';

export const Apprentice = builder.prismaObject('Apprentice', {
  description: 'An apprentice a studio took on to pass on skills (带徒传技).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The apprentice id.' }),
    name: t.exposeString('name', { description: 'Name in Chinese (学徒姓名).' }),
    sinceYear: t.exposeInt('sinceYear', { description: 'Year the apprenticeship began.' }),
    provenance: t.expose('provenance', { description: 'Provenance of the record: from the article, generated to fill its totals, or registered through the API.', type: Provenance }),
  }),
});
