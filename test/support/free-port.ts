// Ports for processes a test starts, which must be chosen before they listen.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

// Outgoing connections and port-0 servers take their ports from the kernel's ephemeral range: a
// port probed free there can be taken by one before the process listens, and stay taken while it
// lives. Ports below that range are never taken so.
function ephemeralLow(): number {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32_768;
  } catch {
    return 32_768;
  }
}
const LOW = 10_000;
const HIGH = ephemeralLow();
const handedOut = new Set<number>();

const canListen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/** A port nothing listens on now, below the ephemeral range, not handed out before by this process. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW));
    if (!handedOut.has(port) && (await canListen(port))) {
      handedOut.add(port);
      return port;
    }
  }
}
