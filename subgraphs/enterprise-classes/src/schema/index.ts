import { subgraph } from '../registry.ts';
import './audit-log.ts';
import './enterprise.ts';
import './enterprise-class.ts';
import './enterprise-class-mutations.ts';
import './graduate-teacher.ts';
import './industry.ts';
import './industry-college.ts';
import './industry-college-mutations.ts';
import './major.ts';
import './major-mutations.ts';
import './mentor.ts';
import './mentor-pairing-mutations.ts';
import './mentorship-summary.ts';
import './occupation.ts';
import './research-outcome-summary.ts';
import './research-project.ts';
import './research-project-mutations.ts';
import './school.ts';
import './school-partnership.ts';
import './school-partner-mutations.ts';
import './search.ts';
import './student.ts';
import './training-programme.ts';

/** The enterprise-classes registry: its schema, with Federation 2 entities and _service, and how to open, seed and serve it. */
export const enterpriseClasses = subgraph();
export default enterpriseClasses;
