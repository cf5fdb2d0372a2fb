// Run as a child process by write-safety.test.ts: migrates, then seeds master-studios with
// SEED_EXTRA generated rows in the seed's single transaction, so the test can SIGKILL it mid-way.
import { seedDemo } from '@partnership/kit';
import { masterStudios } from '@partnership/master-studios';

const database = await masterStudios.open({ url: process.env.DATABASE_URL });
console.log(JSON.stringify({ msg: 'migrated' }));
await seedDemo(masterStudios.seeds, database.client, { extra: Number(process.env.SEED_EXTRA ?? 0) });
console.log(JSON.stringify({ msg: 'seeded' }));
await database.close();
