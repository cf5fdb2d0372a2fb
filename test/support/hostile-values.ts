// Values a hostile client sends to any field, with the rule each must be refused by. The kit's
// input check (subgraphs/kit/src/input-text.ts) refuses every text below in every String or ID.

export interface HostileText {
  value: string;
  rule: 'control' | 'singleLine' | 'unicode' | 'bidi' | 'blank' | 'length';
}

const text = (rule: HostileText['rule'], ...values: string[]): HostileText[] => values.map((value) => ({ value, rule }));

export const HOSTILE_TEXT: HostileText[] = [
  ...text('control', '\u0000', '萧山\u0000技师', 'nul at end\u0000', 'bell\u0007', '\u001B[31mred\u001B[0m', '\u001B]0;title\u0007', 'del\u007F', 'c1\u0085', '\u009B2J', 'back\bspace', '\u000Bvtab'),
  ...text('singleLine', 'two\nlines', 'tab\tbed', 'carriage\rreturn', 'crlf\r\n', 'line\u2028separator', 'paragraph\u2029separator'),
  ...text('unicode', '\uD800', 'x\uDFFF', '\uDBFF\uDBFF', 'non\uFFFF', '\uFDD0', '\u{10FFFF}'),
  ...text('bidi', '\u202Egpj.exe', '\u202Aembedded', '\u202Doverride', '\u2066isolate\u2069', '名\u2067x', '\u2068first strong'),
  ...text('blank', '\u200B', '\u200B\u200C\u200D', '\uFEFF', ' \u2060 ', '\u00AD', '\u200E\u200F', '\u3164', '\u034F', '\u180E'),
];

/** Over the 2000-character cap on every string input. */
export const overlong = (length: number): HostileText => ({ value: '字'.repeat(length), rule: 'length' });

/** Calendar dates that do not exist, or are not written YYYY-MM-DD: never rolled over. */
export const BAD_DATES = [
  '2024-02-30', '2023-02-29', '1900-02-29', '2100-02-29', '2024-04-31', '2024-06-31', '2024-13-01', '2024-00-10', '2024-01-00',
  '2024-01-32', '2024-6-30', '30/06/2024', '2024-02-28T00:00:00Z', '+2024-01-01', '20240630', 'yesterday', '',
];

/** Percentages finer than DECIMAL(5, 2): refused, never rounded (0.001 stored as 0). */
export const BAD_PRECISION = [0.001, 0.005, 1e-9, 5e-324, 12.345, 19.999, 10.0001, 99.995];

/** Ids no record can have: malformed, or beyond PostgreSQL's integer range. */
export const BAD_IDS: unknown[] = [
  '0', '-1', 'abc', '1.5', '2147483648', '9999999999', '12345678901', '99999999999999999999', '1e3', '0x10', '007', '+1', '１２', ' ', '', '1 2',
  2_147_483_648, 1e30,
];

/** Connection cursors a client forged: Prisma cursors that name no record id. */
export const FORGED_CURSORS = ['GPC:S:abc', 'GPC:N:1e999', 'GPC:N:-1', 'GPC:N:1.5', 'GPC:N:2147483648', 'GPC:J:{"id":"x"}', 'GPC:D:1', 'GPC:N:', 'GPC:B:AA=='].map(
  (cursor) => Buffer.from(cursor).toString('base64'),
);

/** Not a 32-bit GraphQL Int; JSON has no NaN or Infinity, so those come as strings. */
export const BAD_INTS: unknown[] = [2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e30, 1.5, 'NaN', 'Infinity', '-Infinity', '1e999', '2024', true, [], {}];

/** A value nested `depth` arrays deep. */
export const deepList = (depth: number, leaf: unknown = 'x'): unknown => Array.from({ length: depth }).reduce<unknown>((inner) => [inner], leaf);

/** An object nested `depth` levels deep. */
export const deepObject = (depth: number): unknown => Array.from({ length: depth }).reduce<unknown>((inner) => ({ a: inner }), 'x');
