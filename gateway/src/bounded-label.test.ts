import { describe, expect, it } from 'vitest';
import { boundedLabel, OTHER_LABEL } from './bounded-label.ts';

describe('boundedLabel', () => {
  it('passes the first `limit` distinct values, then reads OTHER_LABEL for every new one', () => {
    const label = boundedLabel(2);
    expect(['A', 'B', 'A', 'C', 'D', 'B'].map(label)).toEqual(['A', 'B', 'A', OTHER_LABEL, OTHER_LABEL, 'B']);
  });

  it('always passes known values, without using up the limit', () => {
    const label = boundedLabel(1, ['Overview', 'StudioPage']);
    expect(['X', 'Overview', 'Y', 'StudioPage'].map(label)).toEqual(['X', 'Overview', OTHER_LABEL, 'StudioPage']);
  });

  it('with a limit of 0, passes known values only', () => {
    const label = boundedLabel(0, ['Overview']);
    expect(['Overview', 'X'].map(label)).toEqual(['Overview', OTHER_LABEL]);
  });
});
