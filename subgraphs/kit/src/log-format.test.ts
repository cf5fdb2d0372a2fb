import { describe, expect, it } from 'vitest';
import { logFormat } from './log-format.ts';

describe('logFormat', () => {
  it('is pretty for a terminal and JSON for a pipe', () => {
    expect(logFormat({}, true)).toBe('pretty');
    expect(logFormat({}, false)).toBe('json');
  });

  it('is pretty when the supervisor says with FORCE_COLOR that its output is a terminal', () => {
    expect(logFormat({ FORCE_COLOR: '3' }, false)).toBe('pretty');
    expect(logFormat({ FORCE_COLOR: '0' }, false)).toBe('json');
    expect(logFormat({ FORCE_COLOR: 'false' }, false)).toBe('json');
  });

  it('is JSON in production, terminal or not', () => {
    expect(logFormat({ NODE_ENV: 'production', FORCE_COLOR: '1' }, true)).toBe('json');
  });

  it('follows LOG_FORMAT over everything else, and refuses other values', () => {
    expect(logFormat({ LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'pretty', NODE_ENV: 'production' }, false)).toBe('pretty');
    expect(() => logFormat({ LOG_FORMAT: 'yaml' }, true)).toThrow('LOG_FORMAT must be json or pretty, not "yaml"');
  });
});
