import { builder } from '../registry.ts';
import { Provenance, StudioLevel } from './enums.ts';

export const StudioLevelChange = builder.prismaObject('StudioLevelChange', {
  description: 'One dated step in a studio level history (晋级或降级); the latest step is the studio level.',
  fields: (t) => ({
    level: t.expose('level', { description: 'The level reached at this step.', type: StudioLevel }),
    year: t.exposeInt('year', { nullable: true, description: 'Null where the source gives no year.' }),
    note: t.exposeString('note', { description: 'What the source or the registrar says about the step.', nullable: true }),
    provenance: t.expose('provenance', { description: 'Provenance of the record: from the article, generated to fill its totals, or registered through the API.', type: Provenance }),
  }),
});

export const StudioLevelCount = builder.objectRef<{ level: (typeof StudioLevel)['$inferType']; count: number }>('StudioLevelCount').implement({
  description: 'How many studios stand at one level.',
  fields: (t) => ({
    level: t.expose('level', { description: 'The level counted.', type: StudioLevel }),
    count: t.exposeInt('count', { description: 'How many studios stand at it.' }),
  }),
});
