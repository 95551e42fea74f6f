/**
 * Pages flattened to one line read like the page itself: the seed and the multi-paragraph
 * fixtures, with every newline turned into a space (runs of spaces kept where lines were) or
 * squashed away entirely, keep their lead, image, related headlines, tags, quotes and speakers.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { FIXTURE_DIR, fold, read, SEED_DIR, type Reading, type Speaker } from './helpers';

const speaker = (s: Speaker | null) => (s === null ? null : 'name' in s ? s.name : 'organization' in s ? `org:${s.organization}` : `anon:${s.description}`);
const view = (r: Reading) => ({
  headline: r.article.headline,
  lead: r.article.lead && fold(r.article.lead),
  image: r.article.image && [r.article.image.caption, r.article.image.credit],
  relatedHeadlines: r.article.relatedHeadlines.map(fold),
  tags: r.tags,
  quotes: r.quotes.map((q) => [fold(q.text), speaker(q.speaker), q.cue]),
  people: r.people.map((p) => p.name),
});
const spaced = (t: string) => t.replace(/\r/g, '').replace(/\n/g, ' ');
const squashed = (t: string) => t.replace(/\s*\n\s*/g, ' ').trim();

const cases: Array<[string, string]> = [
  ['seed', readFileSync(join(SEED_DIR, '000_e6ea2678bb7cae54.txt'), 'utf8')],
  ...['layout-caption-before-headline', 'lowercase-tag-line', 'glued-credit', 'pronoun-after-other-person', 'references',
    'multi-paragraph-quote', 'quote-marks', 'split-quote', 'unnamed-sources', 'organization-speakers', 'dateline', 'interview',
    'unclosed-quote'].map((c): [string, string] => [c, readFileSync(join(FIXTURE_DIR, c, 'input.txt'), 'utf8')]),
];

describe('flattened pages', () => {
  it.each(cases)('%s, newlines as spaces', (_name, text) => {
    expect(view(read(spaced(text)))).toEqual(view(read(text)));
  });
  // Squashed, nothing marks where one related headline ends and the next begins unless quotation
  // marks or a glued capital do, and an unclosed quote at a paragraph's end runs into the next.
  it.each(cases.filter(([name]) => name !== 'unclosed-quote'))('%s, whitespace squashed', (_name, text) => {
    const joined = (v: ReturnType<typeof view>) => ({ ...v, relatedHeadlines: v.relatedHeadlines.join(' ') });
    expect(joined(view(read(squashed(text))))).toEqual(joined(view(read(text))));
  });
  it('the spaced seed keeps its paragraphs', () => {
    const seed = cases[0][1];
    expect(read(spaced(seed)).article.body.map((p) => fold(p.text))).toEqual(read(seed).article.body.map((p) => fold(p.text)));
  });
});
