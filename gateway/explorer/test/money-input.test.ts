import { describe, expect, it } from 'vitest';
import { yuanFromWan } from '../src/editing/bureau-enterprise-editors.tsx';

describe('an amount typed in 万元', () => {
  it('is kept in whole yuan, to the yuan, as the registry keeps money', () => {
    expect(yuanFromWan(12.5)).toBe(125_000);
    expect(yuanFromWan(0.0001)).toBe(1);
    // Binary fractions: 1.1 × 10,000 is 11000.000000000002, kept as 11,000.
    expect(yuanFromWan(1.1)).toBe(11_000);
    expect(yuanFromWan(undefined)).toBeNaN();
  });
});
