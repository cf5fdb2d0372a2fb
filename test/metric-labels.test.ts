// Operation names and error paths are the callers' own: as metric labels they are bounded, so no
// caller can grow the gateway's /metrics, and its memory, by sending new ones.
import { CALLER_LABEL_VALUES, loadManifest, OTHER_LABEL } from '@partnership/gateway';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileGraph } from './support/file-graph.ts';

const graph = fileGraph();

/** The values of `metric`'s series, summed by the value of their label `label`. */
async function seriesBy(opsUrl: string, metric: string, label: string): Promise<Map<string, number>> {
  const text = await (await fetch(`${opsUrl}/metrics`)).text();
  const series = new Map<string, number>();
  for (const [, labels, value] of text.matchAll(new RegExp(`^${metric}\\{([^}]*)\\} (\\d+)$`, 'gm'))) {
    const key = labels.match(new RegExp(`${label}="([^"]*)"`))?.[1];
    if (key !== undefined) series.set(key, (series.get(key) ?? 0) + Number(value));
  }
  return series;
}

describe('metric labels that callers choose', () => {
  let via: string;
  let opsUrl: string;
  beforeAll(async () => {
    const gateway = await graph.addGateway({ metricsPort: 0 });
    [via, opsUrl] = [gateway.url, gateway.opsUrl!];
  });

  it('labels the first operation names it sees, counts later new ones as one, and always labels the trusted documents’', async () => {
    const beyond = 25;
    for (let i = 0; i < CALLER_LABEL_VALUES + beyond; i++) {
      expect((await graph.query(`query Caller${i} { __typename }`, {}, { via })).errors).toBeUndefined();
    }
    const trusted = Object.values(loadManifest()).find((document) => document.startsWith('query SignInChoices'));
    expect(trusted).toBeDefined();
    expect((await graph.query(trusted!, {}, { via })).errors).toBeUndefined();

    const byName = await seriesBy(opsUrl, 'graphql_yoga_http_duration_count', 'operationName');
    expect([...byName.keys()].filter((name) => name.startsWith('Caller'))).toHaveLength(CALLER_LABEL_VALUES);
    expect(byName.get(OTHER_LABEL)).toBe(beyond);
    expect(byName.get('SignInChoices')).toBe(1);
    const timed = await seriesBy(opsUrl, 'graphql_envelop_request_duration_count', 'operationName');
    expect(timed.get(OTHER_LABEL)).toBe(beyond);
  });

  it('labels the first error paths it sees and counts later new ones as one', async () => {
    // Each alias is a path of the caller's choosing; 30 per request, the gateway's alias limit.
    const requests = Math.ceil((CALLER_LABEL_VALUES + 30) / 30);
    for (let r = 0; r < requests; r++) {
      const fields = Array.from({ length: 30 }, (_, i) => `p${r}_${i}: masterStudio(id: "abc") { name }`).join(' ');
      const { errors } = await graph.query(`query BadIds { ${fields} }`, {}, { via });
      expect(errors).toHaveLength(30);
    }
    const byPath = await seriesBy(opsUrl, 'graphql_envelop_error_result', 'path');
    expect([...byPath.keys()].filter((path) => path.startsWith('p'))).toHaveLength(CALLER_LABEL_VALUES);
    expect(byPath.get(OTHER_LABEL)).toBe(requests * 30 - CALLER_LABEL_VALUES);
  });
});
