import { testConfig } from '@partnership/kit/vitest';

// explorer/ below is a workspace of its own, with its own tests and config.
export default testConfig({ test: { include: ['src/**/*.test.ts'] } });
