import { builder } from '../registry.ts';
import { Provenance, StudioLevel } from './enums.ts';

export const StudioLevelChange = builder.prismaObject('StudioLevelChange', {
  description: 'One dated step in a studio level history; the latest step is the studio level.',
  fields: (t) => ({
    level: t.expose('level', { type: StudioLevel }),
    year: t.exposeInt('year', { nullable: true, description: 'Null where the source gives no year.' }),
    note: t.exposeString('note', { nullable: true }),
    provenance: t.expose('provenance', { type: Provenance }),
  }),
});

export const StudioLevelCount = builder.objectRef<{ level: (typeof StudioLevel)['$inferType']; count: number }>('StudioLevelCount').implement({
  fields: (t) => ({
    level: t.expose('level', { type: StudioLevel }),
    count: t.exposeInt('count'),
  }),
});
