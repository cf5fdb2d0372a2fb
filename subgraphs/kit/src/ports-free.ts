import { createServer } from 'node:net';
import { defaultMetricsPort, ENV, REGISTRIES, registryEnv } from './config.ts';
import { portInUseMessage } from './http-drain.ts';

type Env = Record<string, string | undefined>;

/** Every port npm start listens on, read from the environment as each service reads it. */
export function graphPorts(env: Env = process.env): { service: string; port: number }[] {
  const gatewayPort = Number(env[ENV.gatewayPort] ?? 4000);
  const ports = [
    { service: 'gateway', port: gatewayPort },
    { service: 'gateway metrics', port: Number(env[ENV.gatewayMetricsPort] ?? 9400) },
  ];
  for (const { name, port: byDefault } of REGISTRIES) {
    const names = registryEnv(name);
    const port = Number(env[names.port] ?? byDefault);
    ports.push({ service: name, port }, { service: `${name} metrics`, port: Number(env[names.metricsPort] ?? defaultMetricsPort(port)) });
  }
  return ports;
}

/**
 * Why the graph cannot start on `host`, in one line, or undefined when every port is free. Each
 * port is listened on for a moment, as its service would, so whatever holds it is found: most
 * often the npm start already running, whose supervisor would otherwise restart each new service
 * every second for ever.
 */
export async function whyPortsTaken(host: string, ports = graphPorts()): Promise<string | undefined> {
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
