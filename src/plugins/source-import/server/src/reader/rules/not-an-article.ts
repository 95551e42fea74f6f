/**
 * not-an-article: the page is a topic page, an infographic or a list of headlines, not an
 * article: it has content but no paragraph that reads as prose.
 * Example: `Infographics` / a title / a caption and credit / tags, with no body.
 */
import type { Rule } from './types';
import type { Article } from '../types';
import { NON_ARTICLE_MARKERS } from '../lexicon';
import { wordCount } from '../parse/normalize';

export const notAnArticle: Rule = {
  meta: {
    id: 'not-an-article',
    description: 'The page is not an article (topic page, infographic, list of headlines)',
    defaultSeverity: 'error',
    docs: 'Reports pages with content but without a body: no paragraph of prose (a sentence of eight words or more), or an infographic/topic marker with almost no prose, or a page that is mostly a list of headlines, or an index of dated teasers (a date stamp, a title and a summary, three times or more). Example: a topic page listing ten headlines with their dates.',
  },
  check(_tree, ctx) {
    if (ctx.decoded.notText || !ctx.firstContent) return [];
    const a = ctx.article;
    const marker = (a.section && NON_ARTICLE_MARKERS.test(a.section)) || (a.headline && NON_ARTICLE_MARKERS.test(a.headline));
    const listing = (a.relatedHeadlines.length >= 6 && ctx.proseParagraphs <= 1) || !!ctx.indexPage;
    // The body's words are counted only on a marked page: counting scans the whole body.
    if (ctx.proseParagraphs > 0 && !(marker && bodyWords(a) < 60) && !listing) return [];
    const what = marker ? 'an infographic or topic page' : listing ? 'a list of headlines' : 'no prose paragraph';
    return [{
      message: `Unexpected ${what}, expected an article with a body`,
      start: ctx.firstContent.start,
      end: ctx.firstContent.end,
      actual: what,
    }];
  },
};

function bodyWords(a: Article): number {
  return a.body.reduce((n, p) => n + wordCount(p.text), 0) + (a.lead ? wordCount(a.lead) : 0);
}
