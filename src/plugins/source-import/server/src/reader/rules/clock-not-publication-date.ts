/**
 * clock-not-publication-date: the only date on the page is the site's clock at capture time
 * (`07:21 GMT07 July 2020`), which is not when the article was published.
 * Warning when the text refers to earlier years than the clock, info otherwise.
 */
import type { Rule } from './types';

export const clockNotPublicationDate: Rule = {
  meta: {
    id: 'clock-not-publication-date',
    description: 'The page clock is the capture time, not the publication date',
    defaultSeverity: 'info',
    docs: 'Reports the page clock (`HH:MM GMTDD Month YYYY`) when the text states no publication date: the clock shows when the page was captured, and must not be imported as the publication date. Raised to a warning when the text mentions years before the clock year, a sign the article is older than the capture.',
  },
  check(tree, ctx) {
    if (!ctx.article.capturedAt || ctx.article.datePublished) return [];
    const clock = tree.children.find((b) => b.type === 'clock');
    if (!clock) return [];
    const year = +ctx.article.capturedAt.slice(0, 4);
    let older = false;
    const re = /\b(19\d\d|20\d\d)\b/g;
    const body = [ctx.article.lead ?? '', ctx.article.image?.caption ?? '', ...ctx.article.body.map((p) => p.text)].join('\n');
    let m: RegExpExecArray | null;
    while ((m = re.exec(body)) !== null) if (+m[1] < year) { older = true; break; }
    return [{
      message: `Unexpected page clock \`${clock.value}\` as the only date, expected a publication date; it is the capture time`,
      start: clock.position.start.offset!,
      end: clock.position.end.offset!,
      severity: older ? 'warning' : 'info',
      actual: ctx.article.capturedAt,
    }];
  },
};
