// The gateway's process (npm start, systemd). V8 keeps the code it compiles for each module on
// disk (NODE_COMPILE_CACHE, else the temp folder), so a restart compiles none of it again; only
// modules loaded after enableCompileCache() are kept, hence the dynamic import.
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./serve.ts');
