/**
 * too-many-items: the page brings more quotes, people, organizations, tags or related headlines
 * than one document may, so it cannot be imported as it stands.
 * Example: a page of 20,000 quotations (500 at most).
 */
import type { CountedItem } from '../limits';
import type { Report, Rule } from './types';

const names: Record<CountedItem, string> = {
  quotes: 'quotes',
  people: 'people',
  organizations: 'organizations',
  tags: 'tags',
  relatedHeadlines: 'related headlines',
};

export const tooManyItems: Rule = {
  meta: {
    id: 'too-many-items',
    description: 'The page has more quotes, people, organizations, tags or related headlines than one document may',
    defaultSeverity: 'error',
    docs: 'Reports a page with more items of a kind than one document may bring (quotes 500, people 300, organizations 300, tags 100, related headlines 100): far above any real article, and what keeps one document\'s writes within what the database takes in one statement. The document is refused before anything is written. Reported at the first item over the limit when it has a place. Example: a page of 20,000 quotations.',
  },
  check(tree, ctx) {
    const { count } = ctx.limits;
    const reports: Report[] = [];
    const tagsLine = tree.children.find((b) => b.type === 'tags');
    const related = tree.children.filter((b) => b.type === 'related');
    const found: Record<CountedItem, { n: number; at?: { start: { offset?: number }; end: { offset?: number } } }> = {
      quotes: { n: ctx.quotes.length, at: ctx.quotes[count.quotes]?.position },
      people: { n: ctx.people.length },
      organizations: { n: ctx.organizations.length },
      tags: { n: ctx.article.tags.length, at: tagsLine?.position },
      relatedHeadlines: { n: ctx.article.relatedHeadlines.length, at: related[count.relatedHeadlines]?.position },
    };
    for (const item of Object.keys(names) as CountedItem[]) {
      const { n, at } = found[item];
      if (n <= count[item]) continue;
      reports.push({
        message: `Unexpected ${n} ${names[item]} in one document, expected at most ${count[item]}`,
        start: at?.start.offset ?? 0,
        end: at?.end.offset ?? 0,
        actual: String(n),
        expected: `at most ${count[item]}`,
      });
    }
    return reports;
  },
};
