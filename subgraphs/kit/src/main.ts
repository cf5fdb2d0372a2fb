// A registry's process: `tsx ../kit/src/main.ts` from subgraphs/<name> (its `npm run dev`), or
// `node --max-semi-space-size=32 subgraphs/kit/src/main.ts subgraphs/<name>` (npm start, systemd;
// the flag: a young generation sized for a server's per-request garbage): serves the program that
// workspace exports. V8 keeps the code it compiles for each module on disk (NODE_COMPILE_CACHE,
// else the temp folder), so a restart compiles none of it again; only modules loaded after
// enableCompileCache() are kept, hence the dynamic imports.
import { enableCompileCache } from 'node:module';

enableCompileCache();
const { runSubgraph } = await import('./run.ts');
const { workspaceProgram } = await import('./workspace-program.ts');
const { portInUseMessage } = await import('./http-drain.ts');
const { logger } = await import('./logger.ts');
try {
  await runSubgraph(await workspaceProgram(process.argv[2]));
} catch (error) {
  const inUse = portInUseMessage(error);
  logger.fatal(inUse ? { service: process.argv[2]?.split('/').pop() } : { err: error }, inUse ?? 'could not start');
  process.exit(1);
}
