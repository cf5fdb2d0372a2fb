import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cleanText, containsText, MAX_INPUT_LENGTH } from './input-text.ts';

function refusal(value: string, multiline = false): GraphQLError {
  try {
    cleanText(value, 'input.name', { multiline });
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error(`${JSON.stringify(value)} was accepted`);
}

describe('cleanText', () => {
  it('normalises to NFC, so one name typed two ways is one string', () => {
    expect(cleanText('Cafe\u0301', 'input.name')).toBe('Café');
    expect(cleanText('萧山技师学院', 'input.name')).toBe('萧山技师学院');
  });

  it('keeps joiners, marks and spaces inside real text, and leaves plain blanks to the field', () => {
    for (const text of ['👩\u200D🔧 studio', 'a\u200Bb', 'عربي\u200F (EN)', '', '   ', 'x\u3000y']) {
      expect(cleanText(text, 'input.name')).toBe(text);
    }
  });

  it.each([
    ['\u0000', 'control', 'input.name must not hold control characters (U+0000 at character 1).'],
    ['ab\u0007', 'control', 'input.name must not hold control characters (U+0007 at character 3).'],
    ['\u001B[31mred', 'control', 'input.name must not hold control characters (U+001B at character 1).'],
    ['del\u007F', 'control', 'input.name must not hold control characters (U+007F at character 4).'],
    ['c1\u0085', 'control', 'input.name must not hold control characters (U+0085 at character 3).'],
    ['two\nlines', 'singleLine', 'input.name must be a single line: no line breaks or tabs (U+000A at character 4).'],
    ['tab\there', 'singleLine', 'input.name must be a single line: no line breaks or tabs (U+0009 at character 4).'],
    ['一行\u2028两行', 'singleLine', 'input.name must be a single line: no line breaks or tabs (U+2028 at character 3).'],
    ['para\u2029', 'singleLine', 'input.name must be a single line: no line breaks or tabs (U+2029 at character 5).'],
    ['\u202Egpj.exe', 'bidi', 'input.name must not hold bidirectional overrides, embeddings or isolates (U+202E at character 1).'],
    ['名\u2066x\u2069', 'bidi', 'input.name must not hold bidirectional overrides, embeddings or isolates (U+2066 at character 2).'],
    ['\u202A', 'bidi', 'input.name must not hold bidirectional overrides, embeddings or isolates (U+202A at character 1).'],
    ['ok\uD800', 'unicode', 'input.name must be well-formed Unicode, not a lone surrogate (U+D800 at character 3).'],
    ['\uDC00ok', 'unicode', 'input.name must be well-formed Unicode, not a lone surrogate (U+DC00 at character 1).'],
    ['😀\uDBFF', 'unicode', 'input.name must be well-formed Unicode, not a lone surrogate (U+DBFF at character 2).'],
    ['😀\uFFFF', 'unicode', 'input.name must not hold Unicode noncharacters (U+FFFF at character 2).'],
    ['\u200B\u200C\u200D', 'blank', 'input.name must not be blank: it holds only invisible characters such as zero-width spaces.'],
    [' \uFEFF \u2060 ', 'blank', 'input.name must not be blank: it holds only invisible characters such as zero-width spaces.'],
    ['\u00AD\u200E', 'blank', 'input.name must not be blank: it holds only invisible characters such as zero-width spaces.'],
    ['x'.repeat(MAX_INPUT_LENGTH + 1), 'length', `input.name must be at most ${MAX_INPUT_LENGTH} characters (it has ${MAX_INPUT_LENGTH + 1}).`],
  ])('refuses %j (%s)', (value, rule, message) => {
    const error = refusal(value);
    expect(error.message).toBe(message);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name', rule });
  });

  it('sends the length bound with a text that is too long, for a client to word', () => {
    expect(refusal('x'.repeat(MAX_INPUT_LENGTH + 1)).extensions.params).toEqual({ maxLength: MAX_INPUT_LENGTH });
  });

  it('counts characters as a person does: an emoji before the fault is one', () => {
    expect(refusal('😀\u0000').message).toMatch(/U\+0000 at character 2/);
  });

  it('lets a multi-line field hold line breaks and tabs, written \\n', () => {
    expect(cleanText('one\r\ntwo\rthree\u2028four\tend', 'input.note', { multiline: true })).toBe('one\ntwo\nthree\nfour\tend');
    expect(refusal('line\n\u0000', true).extensions.rule).toBe('control');
    expect(refusal('line\n\u000B', true).extensions.rule).toBe('control');
    expect(refusal('\n\u200B\n', true).extensions.rule).toBe('blank');
  });

  it('measures the length after normalisation', () => {
    const decomposed = 'e\u0301'.repeat(MAX_INPUT_LENGTH);
    expect(cleanText(decomposed, 'input.name')).toHaveLength(MAX_INPUT_LENGTH);
  });
});

describe('containsText', () => {
  it('escapes the LIKE wildcards and the escape character', () => {
    expect(containsText('50%_a\\b')).toEqual({ contains: '50\\%\\_a\\\\b', mode: 'insensitive' });
    expect(containsText('智能')).toEqual({ contains: '智能', mode: 'insensitive' });
  });
});
