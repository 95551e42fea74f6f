/**
 * empty-document: nothing to import: the text is empty, only whitespace, or only site chrome
 * (`Listen Live`, `Get short URL`, a page clock).
 * Example: a capture that saved `Listen Live\nGet short URL\n` only.
 */
import type { Rule } from './types';

export const emptyDocument: Rule = {
  meta: {
    id: 'empty-document',
    description: 'The document has no content',
    defaultSeverity: 'error',
    docs: 'Reports a document that is empty, whitespace only, or made only of page chrome and a clock, so there is nothing to import. Example: a file with three blank lines.',
  },
  check(_tree, ctx) {
    if (ctx.decoded.notText) return [];
    if (ctx.firstContent) return [];
    const onlyChrome = ctx.text.trim().length > 0;
    return [{
      message: onlyChrome ? 'Unexpected page chrome only, expected article content' : 'Unexpected empty document, expected article content',
      start: 0,
      end: ctx.text.length,
    }];
  },
};
