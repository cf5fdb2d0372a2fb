// Rules every string a client sends must meet, whichever field it is for. The input plugin applies
// them to every String and ID argument and input field before a resolver sees the value.
import { ruleError } from './validation.ts';

/** The longest string any input may be, after normalisation; a field may set a lower limit. */
export const MAX_INPUT_LENGTH = 2000;

export interface TextRules {
  /** A multi-line text (a description, a note): line breaks and tabs are allowed. */
  multiline?: boolean;
}

// Cc: C0 controls (NUL, BEL, ESC...), DEL and C1 controls. Line breaks and tabs are among them, and
// so, for a single line, are the line and paragraph separators (U+2028, U+2029).
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
const MULTILINE_CONTROL = /[^\P{Cc}\n\t]/u;
// Embeddings and overrides (U+202A-202E) and isolates (U+2066-2069) reorder the text around them,
// so what is displayed is not what is stored ("Trojan Source"). The implicit marks (LRM, RLM, ALM)
// only nudge neighbouring punctuation and are allowed.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// With the u flag, only a surrogate without its pair matches.
const LONE_SURROGATE = /\p{Cs}/u;
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const ONLY_SPACE_OR_INVISIBLE = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}]*$/u;
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;

/** "U+0000 at character 4": the first match, counted in characters as a person sees them. */
function where(text: string, pattern: RegExp): string {
  const at = text.search(pattern);
  const codePoint = text.codePointAt(at)!;
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} at character ${[...text.slice(0, at)].length + 1}`;
}

/**
 * The text as stored: Unicode NFC (so "é" typed two ways is one string), line breaks written \n
 * in multi-line fields. Throws BAD_USER_INPUT naming `path` and the rule when the text holds
 * something no registry record should: a lone surrogate, a noncharacter, a control character
 * (NUL, BEL, ESC...; line breaks and tabs outside multi-line fields), a bidirectional override,
 * embedding or isolate, more than MAX_INPUT_LENGTH characters, or nothing but invisible
 * characters (zero-width spaces and joiners, BOM...). Plain whitespace is left to each field's
 * own rules: a required name refuses it, an optional text reads it as "none".
 */
export function cleanText(value: string, path: string, rules: TextRules = {}): string {
  if (LONE_SURROGATE.test(value)) {
    throw ruleError(path, 'unicode', `must be well-formed Unicode, not a lone surrogate (${where(value, LONE_SURROGATE)}).`);
  }
  const text = (rules.multiline ? value.replace(LINE_BREAKS, '\n') : value).normalize('NFC');
  if (text.length > MAX_INPUT_LENGTH) {
    throw ruleError(path, 'length', `must be at most ${MAX_INPUT_LENGTH} characters (it has ${text.length}).`, { maxLength: MAX_INPUT_LENGTH });
  }
  const control = rules.multiline ? MULTILINE_CONTROL : CONTROL;
  if (control.test(text)) {
    const lineBreak = !rules.multiline && /[\n\r\t\u2028\u2029]/.test(text[text.search(control)]);
    throw lineBreak
      ? ruleError(path, 'singleLine', `must be a single line: no line breaks or tabs (${where(text, control)}).`)
      : ruleError(path, 'control', `must not hold control characters (${where(text, control)}).`);
  }
  if (BIDI_CONTROL.test(text)) {
    throw ruleError(path, 'bidi', `must not hold bidirectional overrides, embeddings or isolates (${where(text, BIDI_CONTROL)}).`);
  }
  if (NONCHARACTER.test(text)) {
    throw ruleError(path, 'unicode', `must not hold Unicode noncharacters (${where(text, NONCHARACTER)}).`);
  }
  if (INVISIBLE.test(text) && ONLY_SPACE_OR_INVISIBLE.test(text)) {
    throw ruleError(path, 'blank', 'must not be blank: it holds only invisible characters such as zero-width spaces.');
  }
  return text;
}

/**
 * A case-insensitive "contains" for Prisma in which %, _ and \ stand for themselves: Prisma hands
 * the text to ILIKE as it is, where % and _ are wildcards and \ escapes.
 */
export function containsText(text: string) {
  return { contains: text.replace(/[\\%_]/g, '\\$&'), mode: 'insensitive' as const };
}
