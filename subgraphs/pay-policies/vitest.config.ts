import { testConfig } from '@partnership/kit/vitest';

export default testConfig();
