// `npm start`'s check before its services start: stops with one line when something it needs is held.
import { ENV } from './config.ts';
import { whyCannotStart } from './start-check.ts';

const blocked = await whyCannotStart(process.env[ENV.host] ?? '127.0.0.1');
if (blocked) {
  console.error(blocked);
  process.exit(1);
}
