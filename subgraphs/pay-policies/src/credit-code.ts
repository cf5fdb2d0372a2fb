// 统一社会信用代码 (GB 32100-2015): 18 characters from 31 (digits and capitals without I, O, S, V,
// Z, which read as digits), the last a check character over the 17 before it, so that one
// mistyped character, or two swapped, is caught before it is stored.
import { z } from '@partnership/kit';

const CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character the first 17 characters of a code call for. */
export function checkCharacter(code: string): string {
  const sum = WEIGHTS.reduce((total, weight, i) => total + CHARACTERS.indexOf(code[i]) * weight, 0);
  return CHARACTERS[(31 - (sum % 31)) % 31];
}

const PATTERN = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;

/**
 * A code as stored, upper case. A refusal's params say what a form needs to word it: the length
 * and the characters allowed, or the check character the first 17 call for.
 */
export const CREDIT_CODE = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((code, issues) => {
    if (!PATTERN.test(code)) {
      issues.addIssue({
        code: 'custom',
        message: 'must be 18 digits and capital letters other than I, O, S, V and Z (统一社会信用代码)',
        params: { rule: 'format', length: 18, characters: CHARACTERS },
      });
      return;
    }
    const expected = checkCharacter(code);
    if (code[17] !== expected) {
      issues.addIssue({
        code: 'custom',
        message: `ends in ${code[17]}, but its first 17 characters call for ${expected} (GB 32100-2015): a character is mistyped`,
        params: { rule: 'format', checkCharacter: expected },
      });
    }
  });
