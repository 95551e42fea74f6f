/**
 * not-text: the input is not text: binary (NUL bytes, control characters), invalid UTF-8,
 * or invalid UTF-16 (a UTF-16 byte order mark followed by broken code units, lone surrogates).
 * Example: a JPEG saved with a `.txt` name.
 */
import type { Rule } from './types';

const reasons = { binary: 'binary data', 'invalid-utf8': 'invalid UTF-8', 'invalid-utf16': 'invalid UTF-16' } as const;

export const notText: Rule = {
  meta: {
    id: 'not-text',
    description: 'The document is binary or not valid UTF-8 / UTF-16 text',
    defaultSeverity: 'error',
    docs: 'Reports input that cannot be read as text: NUL bytes or many control characters (binary), bytes that are not valid UTF-8, or a UTF-16 byte order mark followed by invalid code units. Nothing else is read from such a document. Example: the bytes of a PNG image.',
  },
  check(_tree, ctx) {
    const reason = ctx.decoded.notText;
    if (!reason) return [];
    const at = Math.max(0, Math.min(ctx.decoded.badOffset, ctx.text.length));
    return [{
      message: `Unexpected ${reasons[reason]}, expected UTF-8 or UTF-16 text`,
      start: at,
      end: at,
      actual: reasons[reason],
      expected: 'text',
      note: ctx.text.length === 0 ? `the problem is at byte ${ctx.decoded.badOffset}` : undefined,
    }];
  },
};
