// Two kinds of seed data: reference catalogues, which every database gets (writes refer to their
// codes), and the demo (the article's records and generated placeholders), which a production
// registry never receives unless someone asks for it (`npm run seed:demo`).

/** What a registry's prisma/<registry>/seed.ts provides. */
export interface SubgraphSeeds<Client> {
  /** Code lists writes refer to (industries, occupations, schools...): inserts the missing ones, changes nothing else. */
  catalogues(client: Client): Promise<void>;
  /** Whether the demo is in the database, and how many records it holds besides the catalogues, by table. */
  demoState(client: Client): Promise<DemoState>;
  /** Loads the demo into a database holding nothing but catalogues, in one transaction. */
  loadDemo(client: Client, options?: { extra?: number }): Promise<void>;
}

export interface DemoState {
  demo: boolean;
  records: Record<string, number>;
}

/** The database holds records that are not the demo's: the demo is not loaded over them. */
export class DemoRefused extends Error {
  readonly records: Record<string, number>;
  constructor(records: Record<string, number>) {
    const held = Object.entries(records).map(([table, count]) => `${count} ${table}`).join(', ');
    super(`it holds records that are not the demo's (${held}); the demo data goes only into a database without any.`);
    this.name = 'DemoRefused';
    this.records = records;
  }
}

/**
 * The catalogues, then the demo when the database holds nothing else: 'loaded', or 'present' when
 * the demo is there already. Throws DemoRefused, loading nothing, when other records are there.
 */
export async function seedDemo<Client>(seeds: SubgraphSeeds<Client>, client: Client, options?: { extra?: number }): Promise<'loaded' | 'present'> {
  await seeds.catalogues(client);
  const state = await seeds.demoState(client);
  if (state.demo) return 'present';
  const held = Object.fromEntries(Object.entries(state.records).filter(([, count]) => count > 0));
  if (Object.keys(held).length) throw new DemoRefused(held);
  await seeds.loadDemo(client, options);
  return 'loaded';
}

/**
 * Options for a seed's transaction. A seed is a batch job: it waits for a connection as long as a
 * busy server takes (Prisma gives up after 2 s by default) and may run long.
 */
export const SEED_TRANSACTION = { maxWait: 30_000, timeout: 120_000 } as const;

/** A table the demo fills: rows not REGISTERED through the API are the demo's. */
interface DemoTable {
  count(args: { where: { provenance: { not: 'REGISTERED' } } }): PromiseLike<number>;
}

/**
 * The demo is there when `demoTable` holds rows it loaded (it is loaded in one transaction, so
 * one table stands for all of it); `counts` are the rows per table, e.g. `{ Major: db.major.count() }`.
 */
export async function demoStateOf(demoTable: DemoTable, counts: Record<string, Promise<number>>): Promise<DemoState> {
  const demo = (await demoTable.count({ where: { provenance: { not: 'REGISTERED' } } })) > 0;
  const entries = await Promise.all(Object.entries(counts).map(async ([table, count]) => [table, await count] as const));
  return { demo, records: Object.fromEntries(entries) };
}
