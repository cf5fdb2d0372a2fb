// npm start's check before its services start: a second npm start (or another program on one of
// the graph's ports or embedded databases) stops here with one line, instead of each service
// failing and its supervisor restarting it every second for ever.
import { createServer } from 'node:net';
import { gatewayPorts, REGISTRIES, registryEnv, registryPorts } from './config.ts';
import { dataDirHolder, dataDirInUseMessage, dataDirOf } from './data-dir-lock.ts';
import { portInUseMessage } from './http-drain.ts';

type Env = Record<string, string | undefined>;

/** Every port npm start listens on, read from the environment as each service reads it. */
export function graphPorts(env: Env = process.env): { service: string; port: number }[] {
  return [{ service: 'gateway', ...gatewayPorts(env) }, ...REGISTRIES.map(({ name }) => ({ service: name, ...registryPorts(name, env) }))].flatMap(
    ({ service, port, metricsPort }) => [{ service, port }, { service: `${service} metrics`, port: metricsPort }],
  );
}

/** The embedded databases npm start opens: those of the registries given no PostgreSQL URL. */
export const embeddedDataDirs = (env: Env = process.env): { service: string; dataDir: string }[] =>
  REGISTRIES.filter(({ name }) => !env[registryEnv(name).databaseUrl]).map(({ name }) => ({ service: name, dataDir: dataDirOf(name, env) }));

/**
 * Why the graph cannot start, in one line, or undefined when nothing it needs is held: an embedded
 * database another running process has open, or a port taken. Each port is listened on for a
 * moment on `host`, as its service would, so whatever holds it is found.
 */
export async function whyCannotStart(host: string, env: Env = process.env, ports = graphPorts(env)): Promise<string | undefined> {
  for (const { service, dataDir } of embeddedDataDirs(env)) {
    const holder = dataDirHolder(dataDir);
    if (holder !== undefined) return `${service}: ${dataDirInUseMessage(dataDir, holder)}`;
  }
  for (const { service, port } of ports) {
    const failed = await listenBriefly(port, host);
    if (!failed) continue;
    const inUse = portInUseMessage(failed);
    if (!inUse) throw failed;
    return `${service}: ${inUse}`;
  }
  return undefined;
}

/** Listens on the port and closes again; the error when it cannot. */
function listenBriefly(port: number, host: string): Promise<Error | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', resolve);
    server.listen(port, host, () => server.close(() => resolve(undefined)));
  });
}
