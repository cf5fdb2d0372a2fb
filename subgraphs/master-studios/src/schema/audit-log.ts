import { addAuditLog } from '@partnership/kit';
import { builder } from '../registry.ts';

addAuditLog(builder, { registry: 'master-studios', table: (ctx) => ctx.db.auditEntry });
