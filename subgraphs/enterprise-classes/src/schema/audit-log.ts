import { addAuditLog } from '@partnership/kit';
import { builder } from '../registry.ts';

addAuditLog(builder, { registry: 'enterprise-classes', table: (ctx) => ctx.db.auditEntry });
