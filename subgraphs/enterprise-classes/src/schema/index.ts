import { builder } from '../builder.ts';
import './enterprise.ts';
import './enterprise-class.ts';
import './graduate-teacher.ts';
import './industry.ts';
import './industry-college.ts';
import './major.ts';
import './mentor.ts';
import './occupation.ts';
import './research-outcome-summary.ts';
import './research-project.ts';
import './school.ts';
import './student.ts';
import './training-programme.ts';

/** The enterprise-classes subgraph schema, with Federation 2 entities and _service. */
export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
