import { builder } from '../registry.ts';
import { Provenance } from './enums.ts';

export const Apprentice = builder.prismaObject('Apprentice', {
  description: 'An apprentice a studio took on to pass on skills (带徒传技).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    sinceYear: t.exposeInt('sinceYear'),
    provenance: t.expose('provenance', { type: Provenance }),
  }),
});
