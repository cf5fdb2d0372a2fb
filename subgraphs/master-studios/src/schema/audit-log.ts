import { addAuditLog } from '@partnership/kit';
import { builder } from '../registry.ts';

addAuditLog(builder, { field: 'masterStudiosAuditLog', registry: 'master-studios', table: (ctx) => ctx.db.auditEntry });
