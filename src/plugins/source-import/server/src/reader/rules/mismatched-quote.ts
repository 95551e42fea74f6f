/**
 * mismatched-quote: a quotation opened with one mark and closed with another, or never closed.
 * Example: `as a ‘necessary' extension` (opens with U+2018, closes with a straight apostrophe).
 * Apostrophes (`Assad's`, `US' forces`) and multi-paragraph quotes are not reported.
 */
import type { Rule } from './types';

export const mismatchedQuote: Rule = {
  meta: {
    id: 'mismatched-quote',
    description: 'A quotation mark is closed with a different mark, or never closed',
    defaultSeverity: 'warning',
    docs: 'Reports quotations opened with one mark and closed with another (`‘word\'`, `"word”`), opened and never closed within their paragraph (unless the next paragraph continues the quotation, as multi-paragraph quotes do), and closing marks without an opening one.',
  },
  check(_tree, ctx) {
    return ctx.markProblems.map((p) => {
      if (p.kind === 'mismatched') {
        return {
          message: `Unexpected closing mark \`${p.closeMark}\`, expected the match of \`${p.openMark}\``,
          start: p.start, end: p.end, actual: p.closeMark ?? undefined, expected: p.openMark,
        };
      }
      if (p.kind === 'unclosed') {
        return { message: `Unexpected unclosed quotation opened with \`${p.openMark}\`, expected a closing mark`, start: p.start, end: p.end, actual: p.openMark };
      }
      return { message: `Unexpected closing mark \`${p.openMark}\` without an opening mark`, start: p.start, end: p.end, actual: p.openMark };
    });
  },
};
