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
    // Where a value stands is looked for only once it is too long: finding a name's place scans the text.
    const check = (field: LimitedField, value: string | null | undefined, place: () => { start: number; end: number }) => {
      if (!value || reports.length >= MAX_REPORTS) return;
      // A value has no more characters than UTF-16 code units: most values are done here.
      if (value.length <= length[field]) return;
      const actual = lengthOf(value);
      if (actual <= length[field]) return;
      const at = place();
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

    check('section', article.section, () => blockOf('section', (v) => v === article.section));
    const { dateline } = article;
    if (dateline) {
      check('dateline', [dateline.place, dateline.agency].filter(Boolean).join(', '), () => span(dateline));
    }
    check('imageCredit', article.image?.credit, () => blockOf('credit', (v) => v === article.image?.credit));
    for (const headline of article.relatedHeadlines) check('relatedHeadline', headline, () => blockOf('related', (v) => v.includes(headline)));
    for (const tag of article.tags) check('tag', tag, () => blockOf('tags'));
    for (const person of ctx.people) {
      check('personName', person.name, () => placeOfPerson(ctx, person.name));
      check('personRole', person.role, () => placeOfPerson(ctx, person.name));
    }
    for (const org of ctx.organizations) {
      check('organizationName', org.name, () => placeOfOrganization(ctx, org.name));
      const { acronym } = org;
      check('organizationAcronym', acronym, () => acronym ? placeOf(ctx, acronym, () => false) : placeOfOrganization(ctx, org.name));
    }
    for (const quote of ctx.quotes) {
      check('quoteCue', quote.cue, () => span(quote));
      if (quote.speaker && 'anonymous' in quote.speaker) check('speakerDescription', quote.speaker.description, () => span(quote));
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

const placeOfPerson = (ctx: RuleContext, name: string) => placeOf(ctx, name, (s) => 'name' in s && s.name === name);
const placeOfOrganization = (ctx: RuleContext, name: string) => placeOf(ctx, name, (s) => 'organization' in s && s.organization === name);
