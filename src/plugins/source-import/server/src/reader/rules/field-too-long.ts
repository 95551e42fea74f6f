/**
 * field-too-long: a value read from the page is longer than the column it is stored in, so the
 * document cannot be imported as it stands (the database would refuse it).
 * Example: an image credit line of 412 characters, where a credit holds 255.
 */
import type { Block } from '../types';
import { fieldLabels, lengthOf, storedIn, type LimitedField } from '../limits';
import type { Report, Rule, RuleContext } from './types';

/** One report per value is plenty: a hostile page may carry thousands. */
const MAX_REPORTS = 20;

export const fieldTooLong: Rule = {
  meta: {
    id: 'field-too-long',
    description: 'A value of the page is longer than the CMS can store',
    defaultSeverity: 'error',
    docs: 'Reports a value read from the page that is longer than the field it is stored in: the section, dateline, image credit, a related headline, a tag, a person\'s name or role, an organization\'s name or acronym, a quote\'s cue (255 characters each) or an unnamed speaker\'s description (1,000). The document is refused before anything is written: shorten the line in the page. Example: a credit line of 412 characters.',
  },
  check(tree, ctx) {
    const { length } = ctx.limits;
    const reports: Report[] = [];
    const check = (field: LimitedField, value: string | null | undefined, at: { start: number; end: number }) => {
      if (!value || reports.length >= MAX_REPORTS) return;
      const actual = lengthOf(value);
      if (actual <= length[field]) return;
      reports.push({
        message: `Unexpected ${fieldLabels[field]} of ${actual} characters, expected at most ${length[field]}`,
        start: at.start,
        end: at.end,
        actual: String(actual),
        expected: `at most ${length[field]}`,
        note: `stored in \`${storedIn[field]}\``,
      });
    };
    const { article } = ctx;
    const blockOf = (type: Block['type'], matches: (value: string) => boolean = () => true) => span(tree.children.find((b) => b.type === type && matches(b.value)));

    check('section', article.section, blockOf('section', (v) => v === article.section));
    if (article.dateline) {
      check('dateline', [article.dateline.place, article.dateline.agency].filter(Boolean).join(', '), span(article.dateline));
    }
    check('imageCredit', article.image?.credit, blockOf('credit', (v) => v === article.image?.credit));
    for (const headline of article.relatedHeadlines) check('relatedHeadline', headline, blockOf('related', (v) => v.includes(headline)));
    const tagsLine = blockOf('tags');
    for (const tag of article.tags) check('tag', tag, tagsLine);
    for (const person of ctx.people) {
      const at = placeOf(ctx, person.name, (s) => 'name' in s && s.name === person.name);
      check('personName', person.name, at);
      check('personRole', person.role, at);
    }
    for (const org of ctx.organizations) {
      const at = placeOf(ctx, org.name, (s) => 'organization' in s && s.organization === org.name);
      check('organizationName', org.name, at);
      check('organizationAcronym', org.acronym, org.acronym ? placeOf(ctx, org.acronym, () => false) : at);
    }
    for (const quote of ctx.quotes) {
      const at = span(quote);
      check('quoteCue', quote.cue, at);
      if (quote.speaker && 'anonymous' in quote.speaker) check('speakerDescription', quote.speaker.description, at);
    }
    return reports;
  },
};

const span = (node: { position: { start: { offset?: number }; end: { offset?: number } } } | undefined) =>
  node ? { start: node.position.start.offset!, end: node.position.end.offset! } : { start: 0, end: 0 };

/** Where a name is: the first quote it speaks, else its first occurrence in the text, else the start. */
function placeOf(ctx: RuleContext, name: string, speaks: (speaker: NonNullable<RuleContext['quotes'][number]['speaker']>) => boolean) {
  const quote = ctx.quotes.find((q) => q.speaker && speaks(q.speaker));
  if (quote) return span(quote);
  const at = ctx.text.indexOf(name);
  return at >= 0 ? { start: at, end: at + name.length } : { start: 0, end: 0 };
}
