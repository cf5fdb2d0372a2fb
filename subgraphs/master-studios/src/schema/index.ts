import { builder } from '../builder.ts';
import './apprentice.ts';
import './audit-log.ts';
import './chief-technician.ts';
import './enterprise.ts';
import './industry.ts';
import './leaders-group.ts';
import './master.ts';
import './master-studio.ts';
import './master-studio-mutations.ts';
import './occupation.ts';
import './school.ts';
import './studio-level.ts';

/** The master-studios subgraph schema, with Federation 2 entities and _service. */
export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
