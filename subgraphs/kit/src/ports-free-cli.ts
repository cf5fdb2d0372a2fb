// `npm start`'s last check before its services start: stops with one line when a port is taken.
import { ENV } from './config.ts';
import { whyPortsTaken } from './ports-free.ts';

const taken = await whyPortsTaken(process.env[ENV.host] ?? '127.0.0.1');
if (taken) {
  console.error(taken);
  process.exit(1);
}
