/**
 * missing-headline: the page has no headline line. Related headlines at the end of the page
 * belong to other articles and do not count.
 * Example: a capture that starts with the clock, chrome and then the lead paragraph.
 */
import type { Rule } from './types';

export const missingHeadline: Rule = {
  meta: {
    id: 'missing-headline',
    description: 'The document has no headline',
    defaultSeverity: 'error',
    docs: 'Reports a document without a headline: the first content line is a sentence (the lead), not a title. An article cannot be published without one; an editor must write it. Reported on the first line of the page, whatever it holds (often the page clock): the headline belongs at the top, and that is where an editor looks for it.',
  },
  check(_tree, ctx) {
    // An index page is not an article: there is no headline to miss (not-an-article says so).
    if (ctx.decoded.notText || !ctx.firstContent || ctx.article.headline !== null || ctx.indexPage) return [];
    const first = /\S/.exec(ctx.text);
    const start = first ? first.index : 0;
    const lineEnd = ctx.text.indexOf('\n', start);
    const end = lineEnd === -1 ? ctx.text.length : lineEnd;
    return [{ message: 'Missing headline, expected a title line before the lead', start, end: end > start ? end : start }];
  },
};
