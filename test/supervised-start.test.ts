import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './support/free-port.ts';
import { registryEnv, REGISTRY_NAMES } from '@partnership/kit/config';
import { repoRoot, type LogLine } from './support/processes.ts';

// Owned by pay-policies (name), extended by enterprise-classes (enterpriseClasses) and master-studios (studios).
const ACROSS_REGISTRIES = /* GraphQL */ `{ enterprise(id: "4") { name enterpriseClasses { name } studios { name } } }`;

/** One line of the supervisor's output: `[name] text`, the text parsed when it is a service's JSON log line. */
interface OutputLine {
  service: string;
  text: string;
  log?: LogLine;
}

/**
 * `npm start` as a developer runs it, without its prestart build step (the test workspace's turbo
 * task has already generated the clients and built the explorer): concurrently and its four
 * services, in a process group of their own, every port and data directory moved aside.
 */
function startSupervised(env: Record<string, string>) {
  // None of the developer's own service settings (a *_DATABASE_URL exported for npm start...).
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(GATEWAY|ENTERPRISE_CLASSES|MASTER_STUDIOS|PAY_POLICIES|TRUSTED_DOCUMENTS)_/.test(name)),
  );
  // Not a terminal, so JSON lines: unless the test runner itself asked for colours.
  delete inherited.FORCE_COLOR;
  delete inherited.LOG_FORMAT;
  const child: ChildProcess = spawn('npm', ['start', '--ignore-scripts'], {
    cwd: repoRoot,
    env: { ...inherited, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, as a terminal's foreground job: Ctrl-C is SIGINT to all of it.
    detached: true,
  });
  const lines: OutputLine[] = [];
  const waiters = new Set<(line: OutputLine) => void>();
  let stderr = '';
  createInterface({ input: child.stdout! }).on('line', (raw) => {
    const prefixed = /^\[([\w-]+)\s*\] (.*)$/.exec(raw);
    if (!prefixed) return;
    const [, service, text] = prefixed;
    const line = { service, text, log: text.startsWith('{') ? (JSON.parse(text) as LogLine) : undefined };
    lines.push(line);
    for (const waiter of waiters) waiter(line);
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const tail = () => lines.slice(-30).map((line) => `[${line.service}] ${line.text}`).join('\n') + `\nstderr: ${stderr.slice(-2000)}`;
  return {
    lines,
    stderr: () => stderr,
    exited,
    /** Resolves with the first line that matches; rejects if the run ends or the time runs out first. */
    waitFor(match: (line: OutputLine) => boolean, timeoutMs: number): Promise<OutputLine> {
      return new Promise((resolve, reject) => {
        const found = lines.find(match);
        if (found) return resolve(found);
        const done = (error?: Error, line?: OutputLine) => {
          clearTimeout(timer);
          waiters.delete(waiter);
          if (error) reject(error);
          else resolve(line!);
        };
        const waiter = (line: OutputLine) => match(line) && done(undefined, line);
        const timer = setTimeout(() => done(new Error(`no matching line within ${timeoutMs} ms:\n${tail()}`)), timeoutMs);
        waiters.add(waiter);
        void exited.then(({ code, signal }) => done(new Error(`npm start exited (${code ?? signal}):\n${tail()}`)));
      });
    },
    /** Ctrl-C: SIGINT to the whole group. */
    interrupt: () => process.kill(-child.pid!, 'SIGINT'),
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
    },
    logsOf: (service: string) => lines.filter((line) => line.service === service && line.log).map((line) => line.log!),
  };
}

const isReadyLine = (log: LogLine) => typeof log.msg === 'string' && log.msg.startsWith('Partnership graph ready');
const subgraphReadyLines = (run: ReturnType<typeof startSupervised>, name: string) =>
  run.logsOf(name).filter((log) => log.msg === `${name} ready at ${log.url}`);

describe('npm start: four supervised services', () => {
  let run: ReturnType<typeof startSupervised>;
  let dataRoot: string;
  let gatewayUrl: string;
  let readinessUrl: string;

  async function query() {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: ACROSS_REGISTRIES }),
      signal: AbortSignal.timeout(10_000),
    });
    return (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  }
  const readiness = async () => {
    const response = await fetch(readinessUrl, { signal: AbortSignal.timeout(5_000) });
    return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
  };

  beforeAll(async () => {
    dataRoot = mkdtempSync(path.join(tmpdir(), 'supervised-start-'));
    const [gatewayPort, gatewayMetricsPort] = [await freePort(), await freePort()];
    gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
    readinessUrl = `http://127.0.0.1:${gatewayMetricsPort}/readiness`;
    const secret = () => randomBytes(32).toString('hex');
    const env: Record<string, string> = {
      GATEWAY_PORT: String(gatewayPort),
      GATEWAY_METRICS_PORT: String(gatewayMetricsPort),
      GATEWAY_URL: gatewayUrl,
      JWT_SECRET: secret(),
      // Uncached: the outage under test must reach the gateway's answer, not a cached one.
      GATEWAY_RESPONSE_CACHE: 'off',
    };
    for (const name of REGISTRY_NAMES) {
      const names = registryEnv(name);
      const port = await freePort();
      Object.assign(env, {
        [names.port]: String(port),
        [names.metricsPort]: String(await freePort()),
        [names.url]: `http://127.0.0.1:${port}/graphql`,
        [names.dataDir]: path.join(dataRoot, name),
        [names.secret]: secret(),
      });
    }
    run = startSupervised(env);
    // Three new PGlite databases migrate and seed at once: slow on two shared cores.
    await run.waitFor((line) => line.service === 'gateway' && line.log !== undefined && isReadyLine(line.log), 240_000);
  }, 250_000);

  afterAll(() => {
    run?.kill();
    if (dataRoot) rmSync(dataRoot, { recursive: true, force: true });
  });

  it('says ready only when the graph answers across all three registries, with the explorer and GraphiQL URLs', async () => {
    const ready = run.logsOf('gateway').find(isReadyLine)!;
    expect(ready.msg).toBe(`Partnership graph ready: explorer at ${gatewayUrl.replace(/graphql$/, '')}, GraphiQL at ${gatewayUrl}`);
    // Each subgraph was serving before the gateway said so.
    const logLines = run.lines.filter((line) => line.log);
    for (const name of REGISTRY_NAMES) {
      const subgraphReady = logLines.findIndex((line) => line.service === name && line.log!.msg === `${name} ready at ${line.log!.url}`);
      expect([name, subgraphReady]).not.toEqual([name, -1]);
      expect(subgraphReady).toBeLessThan(logLines.findIndex((line) => line.log === ready));
    }
    // No stream of waiting lines: at most one per subgraph.
    const waiting = run.logsOf('gateway').filter((log) => String(log.msg).startsWith('waiting for '));
    expect(new Set(waiting.map((log) => log.msg)).size).toBe(waiting.length);

    const result = await query();
    expect(result.errors).toBeUndefined();
    expect(result.data.enterprise.name).toBe('杭齿集团');
    expect(await readiness()).toEqual({ status: 200, body: { status: 'ready' } });
  });

  it('restarts a subgraph killed with SIGKILL while the gateway and the other registries keep answering', async () => {
    const [studios] = subgraphReadyLines(run, 'master-studios');
    const killedAt = Date.now();
    process.kill(Number(studios.pid), 'SIGKILL');

    // The other two registries answer; the killed one's field is null, with an error naming it.
    await expect
      .poll(query, { timeout: 10_000, interval: 100 })
      .toMatchObject({
        data: { enterprise: { name: '杭齿集团', enterpriseClasses: expect.any(Array), studios: null } },
        errors: [{ extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'master-studios' } }],
      });
    // Answers are shared for up to a second, so the probe may still see the last one.
    await expect
      .poll(readiness, { timeout: 5_000, interval: 100 })
      .toEqual({ status: 503, body: { status: 'unavailable', reason: 'subgraphs not answering: master-studios' } });

    // Back within 30 s of the kill, restarted by the supervisor alone.
    await expect
      .poll(async () => (await query()).errors, { timeout: 30_000 - (Date.now() - killedAt), interval: 250 })
      .toBeUndefined();
    expect((await query()).data.enterprise.studios).toEqual([{ name: '陆立军大师工作室' }]);
    await expect.poll(readiness, { timeout: 5_000, interval: 250 }).toEqual({ status: 200, body: { status: 'ready' } });

    const [, again] = subgraphReadyLines(run, 'master-studios');
    expect(again.pid).not.toBe(studios.pid);
    expect(run.lines.some((line) => line.service === 'master-studios' && line.text.endsWith('restarted'))).toBe(true);
    // Nobody else was restarted.
    for (const name of ['enterprise-classes', 'pay-policies']) expect(subgraphReadyLines(run, name)).toHaveLength(1);
    expect(run.logsOf('gateway').filter(isReadyLine)).toHaveLength(1);
  });

  it('stops on Ctrl-C: every service shuts down gracefully and nothing reads like a failure', async () => {
    const before = run.lines.length;
    run.interrupt();
    expect(await run.exited).toEqual({ code: 0, signal: null });

    const after = run.lines.slice(before);
    for (const name of REGISTRY_NAMES) expect(run.logsOf(name).at(-1)?.msg).toBe('stopped');
    expect(run.logsOf('gateway').at(-1)?.msg).toBe('gateway stopped');
    const exits = after.filter((line) => line.text.includes(' exited with code '));
    expect(exits.map((line) => [line.service, line.text.replace(/.* exited with code /, '')]).sort()).toEqual(
      ['enterprise-classes', 'gateway', 'master-studios', 'pay-policies'].map((name) => [name, '0']),
    );
    // No error-level log line, no "failed", no turbo summary, nothing on stderr.
    const alarming = after.filter((line) => Number(line.log?.level) >= 50 || /fail|error|Tasks:/i.test(String(line.log?.msg ?? line.text)));
    expect(alarming).toEqual([]);
    expect(run.stderr()).toBe('');
  });
});
