/**
 * Fixture pairs: tests/fixtures/reader/<case>/input.txt beside expected.json.
 * `UPDATE_FIXTURES=1 npx jest --selectProjects unit tests/unit/reader/fixtures.test.ts` rewrites
 * expected.json; review the diff before accepting it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { FIXTURE_DIR, read, type Reading, type Speaker } from './helpers';

const line = (p: { start: { line: number } }) => p.start.line;
const speaker = (s: Speaker | null) => (s === null ? null : 'name' in s ? s.name : 'organization' in s ? { organization: s.organization } : { anonymous: s.description });

/** The part of a reading a fixture pins down: texts, lines, speakers, entities, rule ids. */
export function summary(r: Reading) {
  const a = r.article;
  return {
    article: {
      headline: a.headline,
      capturedAt: a.capturedAt,
      datePublished: a.datePublished,
      dateline: a.dateline && { place: a.dateline.place, agency: a.dateline.agency, line: line(a.dateline.position) },
      datelines: a.datelines.length,
      section: a.section,
      lead: a.lead,
      image: a.image && { caption: a.image.caption, credit: a.image.credit },
      body: a.body.map((p) => `${line(p.position)}: ${p.text}`),
      relatedHeadlines: a.relatedHeadlines,
      tags: a.tags,
      boilerplate: a.boilerplate.map((b) => `${line(b.position)}: ${b.kind}`),
    },
    quotes: r.quotes.map((q) => ({ line: line(q.position), text: q.text, kind: q.kind, speaker: speaker(q.speaker), cue: q.cue })),
    people: r.people,
    organizations: r.organizations.map((o) => ({ name: o.name, aliases: o.aliases, kind: o.kind })),
    diagnostics: r.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`),
  };
}

const cases = readdirSync(FIXTURE_DIR).filter((c) => existsSync(join(FIXTURE_DIR, c, 'input.txt'))).sort();

describe('reader fixtures', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(10));
  it.each(cases)('%s', (name) => {
    const dir = join(FIXTURE_DIR, name);
    const got = summary(read(readFileSync(join(dir, 'input.txt'))));
    const file = join(dir, 'expected.json');
    if (process.env.UPDATE_FIXTURES === '1' || !existsSync(file)) {
      writeFileSync(file, JSON.stringify(got, null, 2) + '\n');
    }
    expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
