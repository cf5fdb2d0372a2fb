import { subgraph } from '../registry.ts';
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
import './search.ts';
import './search-hit-studios.ts';
import './studio-level.ts';
import './towns.ts';

/** The master-studios registry: its schema, with Federation 2 entities and _service, and how to open, seed and serve it. */
export const masterStudios = subgraph();
export default masterStudios;
