import { addAuditLog } from '@partnership/kit';
import { builder } from '../builder.ts';

addAuditLog(builder, { field: 'payPoliciesAuditLog', registry: 'pay-policies', table: (ctx) => ctx.db.auditEntry });
