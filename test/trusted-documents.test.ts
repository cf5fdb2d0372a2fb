import { createHash } from 'node:crypto';
import { loadManifest } from '@partnership/gateway';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { useExplorerSession } from './browser/support/session.ts';

// The explorer's own manifest, as `npm run codegen` wrote it.
const manifest = loadManifest();

/** The hash of the explorer operation with this name. */
function hashOf(operationName: string): string {
  const entry = Object.entries(manifest).find(([, document]) =>
    parse(document).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === operationName),
  );
  if (!entry) throw new Error(`the explorer has no operation named ${operationName}`);
  return entry[0];
}

// As production runs it: the gateway refuses everything but the explorer's own documents.
const session = useExplorerSession({ trustedDocumentsOnly: true });

async function runByHash(sha256Hash: string, operationName: string, variables: Record<string, unknown>) {
  const response = await fetch(session.graph.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
  });
  return { status: response.status, ...(await response.json()) };
}

describe('a gateway that runs trusted documents only', () => {
  it("runs the explorer's directory by hash: filtered to NATIONAL, exactly the one national studio", async () => {
    const { status, data, errors } = await runByHash(hashOf('StudioDirectory'), 'StudioDirectory', {
      filter: { levels: ['NATIONAL'] },
      first: 12,
    });
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expect(data.masterStudios.totalCount).toBe(1);
    expect(data.masterStudios.edges.map((e: any) => e.node.level)).toEqual(['NATIONAL']);
  });

  it('refuses an operation sent as text, even the text of a registered one, before any subgraph sees it', async () => {
    const { status, data, errors, statements } = await session.graph.query(manifest[hashOf('Overview')]);
    expect(status).toBe(400);
    expect(data ?? null).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('extensions.persistedQuery.sha256Hash'),
        extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED' },
      }),
    ]);
    expect(Object.values(statements).every((n) => n === 0)).toBe(true);
  });

  it('refuses a hash outside the manifest', async () => {
    const unregistered = '{ masterStudios { totalCount } }';
    const hash = createHash('sha256').update(unregistered).digest('hex');
    const { status, data, errors } = await runByHash(hash, '', {});
    expect(status).toBe(400);
    expect(data ?? null).toBeNull();
    expect(errors?.[0]).toMatchObject({
      message: expect.stringContaining('names no trusted document'),
      extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' },
    });
  });

  it("serves the explorer, whose overview charts the article's totals from its trusted documents alone", async () => {
    const { page } = session.browser;
    await session.open();

    const studios = page.getByTestId('overview-studios');
    await studios.locator('.recharts-bar-rectangle').first().waitFor();
    // Drawn by the charting library: one bar per level, lowest first, each labelled with its count.
    expect(await studios.locator('.recharts-bar-rectangle').count()).toBe(4);
    expect(await studios.locator('.recharts-cartesian-axis-tick-value').allTextContents()).toEqual(
      expect.arrayContaining(['区级', '市级', '省级', '国家级']),
    );
    expect(await studios.locator('.recharts-label-list text').allTextContents()).toEqual(['46', '19', '10', '1']);

    const certification = page.getByTestId('overview-certification');
    expect(await certification.getByRole('heading').textContent()).toBe('68 家试点单位共认定 5,926 人');
    expect(await certification.locator('.recharts-pie-sector').count()).toBe(2);
    expect(await certification.locator('.recharts-label-list text').allTextContents()).toEqual(['3,066', '2,860']);
    expect(await certification.locator('dd').allTextContents()).toEqual(['62', '6', '13', '51.74%']);

    const targets = page.getByTestId('overview-targets');
    expect(await targets.locator('.recharts-label-list text').allTextContents()).toEqual(['134%', '163%', '140%']);
  });
});
