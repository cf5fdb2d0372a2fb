// The gateway's process: `node --max-semi-space-size=32 gateway/src/main.ts` (npm start, systemd;
// the flag: a young generation sized for a server's per-request garbage). V8 keeps the code it
// compiles for each module on disk (NODE_COMPILE_CACHE, else the temp folder), so a restart
// compiles none of it again; only modules loaded after enableCompileCache() are kept, hence the
// dynamic import.
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./serve.ts');
