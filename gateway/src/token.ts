// `npm run --silent token -- --role BUREAU_ADMIN [--school-id N] [--enterprise-id N] [--subject NAME] [--expires-in 8h]`
// prints a token the local gateway accepts (HS256 with JWT_SECRET, or the key derived for npm start).
import { parseArgs } from 'node:util';
import { actorFromClaims, InvalidIdentity, TOKEN_ROLES } from '@partnership/kit/auth';
import { jwtSecret } from '@partnership/kit/secrets';
import { signLocalToken } from './auth.ts';

const usage = `usage: npm run --silent token -- --role ${TOKEN_ROLES.join('|')} [--school-id N] [--enterprise-id N] [--subject NAME] [--expires-in 8h]`;
const help = `Prints a bearer token the local gateway accepts (HS256 with JWT_SECRET, or the key npm start derives).
${usage}
  --role           who the token speaks for: ${TOKEN_ROLES.join(', ')}
  --school-id      the school of a COLLEGE_STAFF token
  --enterprise-id  the enterprise of an ENTERPRISE_HR token
  --subject        the sub claim, shown in the audit logs (default: local-<role>)
  --expires-in     how long it is valid, e.g. 30m, 8h, 7d (default: 8h)
  --help, -h       print this and exit`;

try {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      'school-id': { type: 'string' },
      'enterprise-id': { type: 'string' },
      subject: { type: 'string' },
      'expires-in': { type: 'string', default: '8h' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(help);
    process.exit(0);
  }
  const actor = actorFromClaims({
    subject: values.subject ?? `local-${(values.role ?? 'user').toLowerCase()}`,
    role: values.role,
    schoolId: values['school-id'],
    enterpriseId: values['enterprise-id'],
  });
  if (actor.role === 'PUBLIC') throw new InvalidIdentity('PUBLIC needs no token');
  const { subject, role, schoolId, enterpriseId } = actor;
  console.log(await signLocalToken({ subject, role, schoolId, enterpriseId }, jwtSecret(), values['expires-in']));
} catch (error) {
  console.error(`token: ${(error as Error).message}\n${usage}`);
  process.exitCode = 2;
}
