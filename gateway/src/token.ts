// `npm run --silent token -- --role BUREAU_ADMIN [--school-id N] [--enterprise-id N] [--subject ID] [--name NAME] [--expires-in 8h]`
// prints a token the local gateway accepts (HS256 with JWT_SECRET, or the key derived for npm start).
import { parseArgs } from 'node:util';
import { actorFromClaims, InvalidIdentity, TOKEN_ROLES } from '@partnership/kit/auth';
import { jwtSecret } from '@partnership/kit/secrets';
import { localSubject, signLocalToken } from './auth.ts';

const usage = `usage: npm run --silent token -- --role ${TOKEN_ROLES.join('|')} [--school-id N] [--enterprise-id N] [--subject ID] [--name NAME] [--expires-in 8h]`;
const help = `Prints a bearer token the local gateway accepts (HS256 with JWT_SECRET, or the key npm start derives).
${usage}
  --role           who the token speaks for: ${TOKEN_ROLES.join(', ')}
  --school-id      the school of a COLLEGE_STAFF token
  --enterprise-id  the enterprise of an ENTERPRISE_HR token
  --subject        who holds it: people of one role and school or enterprise each need their own
  --name           the holder's name, which the audit logs show beside the sub claim, e.g. 李伟
  --expires-in     how long it is valid, e.g. 30m, 8h, 7d (default: 8h)
  --help, -h       print this and exit
Its sub claim, which the audit logs name and idempotency keys belong to, is
local:<role>[:school-N|:enterprise-N][:<subject>], e.g. local:college_staff:school-1:li.wei.`;

try {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      'school-id': { type: 'string' },
      'enterprise-id': { type: 'string' },
      subject: { type: 'string' },
      name: { type: 'string' },
      'expires-in': { type: 'string', default: '8h' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(help);
    process.exit(0);
  }
  const scoped = actorFromClaims({ subject: 'local', role: values.role, schoolId: values['school-id'], enterpriseId: values['enterprise-id'] });
  if (scoped.role === 'PUBLIC') throw new InvalidIdentity('PUBLIC needs no token');
  // Checked again: the whole sub must be a claim the gateway accepts.
  const { subject, name, role, schoolId, enterpriseId } = actorFromClaims({ ...scoped, subject: localSubject('local', scoped, values.subject), name: values.name });
  console.log(await signLocalToken({ subject, name, role, schoolId, enterpriseId }, jwtSecret(), values['expires-in']));
} catch (error) {
  console.error(`token: ${(error as Error).message}\n${usage}`);
  process.exitCode = 2;
}
