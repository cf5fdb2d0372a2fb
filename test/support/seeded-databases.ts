import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { newPglite, pgliteAt, primaryOf, seedDemo } from '@partnership/kit';
import { createPostgresDatabase } from './databases.ts';
import { SUBGRAPHS } from './subgraphs.ts';

/**
 * Every registry's database, migrated and seeded once per test run (the suite's globalSetup), for
 * each test file to copy instead of migrating and seeding its own: on PGlite a dumpDataDir()
 * tarball per registry, on PostgreSQL a template database per registry.
 */
export type SeededDatabases = { engine: 'pglite'; /** registry -> its tarball's path */ dumps: Record<string, string> } | PostgresTemplates;

export interface PostgresTemplates {
  engine: 'postgresql';
  serverUrl: string;
  /** registry -> its template database */
  templates: Record<string, string>;
}

/** Migrates and seeds one database per registry; remove() deletes them. */
export async function makeSeededDatabases(postgresUrl: string | undefined): Promise<{ seeded: SeededDatabases; remove(): Promise<void> }> {
  if (postgresUrl) {
    const templates: Record<string, string> = {};
    const drops: (() => Promise<void>)[] = [];
    const remove = async () => void (await Promise.all(drops.map((drop) => drop())));
    try {
      for (const subgraph of SUBGRAPHS) {
        const template = await createPostgresDatabase(postgresUrl, `seeded_${subgraph.name}`);
        drops.push(template.drop);
        const database = await subgraph.open({ url: template.url });
        try {
          await seedDemo(subgraph.seeds, primaryOf(database.client));
        } finally {
          await database.close(); // CREATE DATABASE ... TEMPLATE wants no one connected to it
        }
        templates[subgraph.name] = template.name;
      }
    } catch (error) {
      await remove();
      throw error;
    }
    return { seeded: { engine: 'postgresql', serverUrl: postgresUrl, templates }, remove };
  }

  const dir = mkdtempSync(path.join(tmpdir(), 'partnership-seeded-'));
  const remove = async () => rmSync(dir, { recursive: true, force: true });
  const dumps: Record<string, string> = {};
  try {
    for (const subgraph of SUBGRAPHS) {
      const pglite = await pgliteAt();
      const database = await subgraph.open({ pglite });
      try {
        await seedDemo(subgraph.seeds, database.client);
        await pglite.exec('CHECKPOINT');
        dumps[subgraph.name] = path.join(dir, `${subgraph.name}.tar`);
        writeFileSync(dumps[subgraph.name], Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
      } finally {
        await database.close();
      }
    }
  } catch (error) {
    await remove();
    throw error;
  }
  return { seeded: { engine: 'pglite', dumps }, remove };
}

/** A registry's seeded database to start from: a PGlite loaded from its tarball. */
export function seededPglite(seeded: SeededDatabases & { engine: 'pglite' }, name: string): ReturnType<typeof newPglite> {
  return newPglite(undefined, new Blob([readFileSync(seeded.dumps[name])]));
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Provided by support/global-setup.ts. */
    seededDatabases: SeededDatabases;
  }
}
