import { describe, expect, it } from 'vitest';
import { pathOf } from './url-path.ts';

describe('pathOf', () => {
  it.each([
    ['http://127.0.0.1:4000/graphql', '/graphql'],
    ['http://gateway.example/graphql?query=%7B__typename%7D', '/graphql'],
    ['https://gateway.example/a/graphql#top', '/a/graphql'],
    ['http://gateway.example', '/'],
    ['/graphql?query=x', '/graphql'],
    ['/readiness', '/readiness'],
    ['/', '/'],
  ])('%s is %s', (url, path) => {
    expect(pathOf(url)).toBe(path);
    // What the WHATWG parser gives, for full URLs.
    if (!url.startsWith('/')) expect(pathOf(url)).toBe(new URL(url).pathname);
  });
});
