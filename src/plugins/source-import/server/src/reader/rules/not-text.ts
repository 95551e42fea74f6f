/**
 * not-text: the input is not text: binary (NUL bytes, control characters), invalid UTF-8,
 * invalid UTF-16 (a UTF-16 byte order mark followed by broken code units, lone surrogates), or
 * text that went through a lenient decoder before it was sent (U+FFFD replacement characters).
 * Example: a JPEG saved with a `.txt` name; a Latin-1 page read as UTF-8 and sent as JSON.
 */
import type { Rule } from './types';

const reasons = {
  binary: 'binary data',
  'invalid-utf8': 'invalid UTF-8',
  'invalid-utf16': 'invalid UTF-16',
  'replacement-character': 'replacement character `U+FFFD`',
} as const;

export const notText: Rule = {
  meta: {
    id: 'not-text',
    description: 'The document is binary, not valid UTF-8 / UTF-16 text, or text damaged by a decoder',
    defaultSeverity: 'error',
    docs: 'Reports input that cannot be read as text: NUL bytes or many control characters (binary), bytes that are not valid UTF-8, a UTF-16 byte order mark followed by invalid code units, or a U+FFFD replacement character (the mark a lenient decoder leaves where it could not read the bytes: the text is already damaged). Every transport decodes the same way: bytes are UTF-16 when a byte order mark says so, else strict UTF-8. Nothing else is read from such a document. Example: the bytes of a PNG image.',
  },
  check(_tree, ctx) {
    const reason = ctx.decoded.notText;
    if (!reason) return [];
    const at = Math.max(0, Math.min(ctx.decoded.badOffset, ctx.text.length));
    return [{
      message: `Unexpected ${reasons[reason]}${ctx.text.length === 0 ? ` at byte ${ctx.decoded.badOffset}` : ''}, expected UTF-8 or UTF-16 text`,
      start: at,
      end: at,
      actual: reasons[reason],
      expected: 'text',
      note:
        ctx.text.length === 0
          ? `the problem is at byte ${ctx.decoded.badOffset}`
          : reason === 'replacement-character'
            ? 'the text was decoded with errors before it was sent: send the original bytes'
            : undefined,
    }];
  },
};
