/**
 * truncated-document: the page was cut off: its last paragraph stops mid-sentence.
 * Example: a body whose last line is `The minister said that the`.
 */
import type { Rule } from './types';

export const truncatedDocument: Rule = {
  meta: {
    id: 'truncated-document',
    description: 'The document ends mid-sentence',
    defaultSeverity: 'warning',
    docs: 'Reports a body whose last paragraph does not end with sentence punctuation (. ! ? … or a closing quote/bracket), a sign that the capture was cut off. Reported at the end of that paragraph.',
  },
  check(_tree, ctx) {
    const body = ctx.article.body;
    const last = body.length ? body[body.length - 1] : null;
    if (!last || ctx.proseParagraphs === 0) return [];
    const t = last.text;
    if (/[.!?…"”’'»)\]。！？]$/.test(t)) return [];
    const end = last.position.end.offset!;
    return [{
      message: `Unexpected end of document after \`${t.slice(-20)}\`, expected the end of a sentence`,
      start: end,
      end,
    }];
  },
};
