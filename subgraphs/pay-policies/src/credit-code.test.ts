import { describe, expect, it } from 'vitest';
import { checkCharacter, CREDIT_CODE } from './credit-code.ts';

describe('统一社会信用代码', () => {
  it('computes the check character of published codes', () => {
    // GB 32100-2015's own example, and two more codes with a right check character.
    for (const code of ['91350100M000100Y43', '91330100716105852F', '91110000100010433L']) expect(checkCharacter(code)).toBe(code[17]);
  });

  it('accepts a code in lower case or with spaces around it, as stored upper case', () => {
    expect(CREDIT_CODE.parse(' 91330100716105852f ')).toBe('91330100716105852F');
  });

  it.each([
    ['a mistyped character', '91330100716105853F'],
    ['two characters swapped', '91330100761105852F'],
    ['a letter codes never use', '9133010071610585IF'],
    ['17 characters', '91330100716105852'],
  ])('refuses %s', (_case, code) => {
    expect(CREDIT_CODE.safeParse(code).success).toBe(false);
  });

  it('says which character the code should end in, also as a param for forms to word', () => {
    const [issue] = CREDIT_CODE.safeParse('913301097045432361').error!.issues;
    expect(issue.message).toMatch(/ends in 1, but its first 17 characters call for 6/);
    expect((issue as { params?: unknown }).params).toEqual({ rule: 'format', checkCharacter: '6' });
  });

  it('says the length and the characters a code is made of when it is not 18 of them', () => {
    const [issue] = CREDIT_CODE.safeParse('9133010071610585IF').error!.issues;
    expect((issue as { params?: unknown }).params).toEqual({ rule: 'format', length: 18, characters: '0123456789ABCDEFGHJKLMNPQRTUWXY' });
  });
});
