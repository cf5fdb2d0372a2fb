// `npm run --silent token -- --role BUREAU_ADMIN [--school-id N] [--enterprise-id N] [--subject NAME] [--expires-in 8h]`
// prints a token the local gateway accepts (HS256 with JWT_SECRET, or the key derived for npm start).
import { parseArgs } from 'node:util';
import { actorFromClaims, InvalidIdentity, TOKEN_ROLES } from '@partnership/kit/auth';
import { jwtSecret } from '@partnership/kit/secrets';
import { signLocalToken } from './auth.ts';

const usage = `usage: npm run --silent token -- --role ${TOKEN_ROLES.join('|')} [--school-id N] [--enterprise-id N] [--subject NAME] [--expires-in 8h]`;

try {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      'school-id': { type: 'string' },
      'enterprise-id': { type: 'string' },
      subject: { type: 'string' },
      'expires-in': { type: 'string', default: '8h' },
    },
  });
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
