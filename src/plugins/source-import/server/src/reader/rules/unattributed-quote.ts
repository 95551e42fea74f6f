/**
 * unattributed-quote: a quotation whose speaker could not be identified.
 * Example: `"We will not leave," was heard in the crowd.`
 */
import type { Rule } from './types';

export const unattributedQuote: Rule = {
  meta: {
    id: 'unattributed-quote',
    description: 'A quotation has no identifiable speaker',
    defaultSeverity: 'warning',
    docs: 'Reports direct and partial quotations for which no speaker (person, organization or unnamed source) was found near a reporting verb. The reader prefers no speaker to a wrong one, so an editor should check these.',
  },
  check(_tree, ctx) {
    return ctx.quotes
      .filter((q) => q.speaker === null && q.kind !== 'indirect')
      .map((q) => ({
        message: `Unexpected quotation without speaker \`${q.text.length > 40 ? q.text.slice(0, 40) + '…' : q.text}\`, expected a reporting verb and a speaker`,
        start: q.position.start.offset!,
        end: q.position.end.offset!,
      }));
  },
};
