import { subgraph } from '../registry.ts';
import './audit-log.ts';
import './certification-batch.ts';
import './certification-body.ts';
import './certification-mutations.ts';
import './certification-summary.ts';
import './district-indicator.ts';
import './enterprise.ts';
import './enterprise-mutations.ts';
import './enterprise-filter.ts';
import './industry.ts';
import './occupation.ts';
import './pay-policy.ts';
import './pay-policy-mutations.ts';
import './promotion-pathway.ts';
import './promotion-pathway-mutations.ts';
import './search.ts';
import './subsidy.ts';
import './subsidy-mutations.ts';

// Type files add root fields with queryFields; the Query type itself is declared once, here.

/** The pay-policies registry: its schema, with Federation 2 entities and _service, and how to open, seed and serve it. */
export const payPolicies = subgraph();
export default payPolicies;
