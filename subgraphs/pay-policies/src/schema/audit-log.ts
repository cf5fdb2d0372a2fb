import { addAuditLog } from '@partnership/kit';
import { builder } from '../registry.ts';

addAuditLog(builder, { registry: 'pay-policies', table: (ctx) => ctx.db.auditEntry });
