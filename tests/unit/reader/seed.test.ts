/** The seed document against its hand-checked reading (texts compared after folding). */
import { readFileSync } from 'fs';
import { join } from 'path';
import { fold, read, SEED_DIR, type Speaker } from './helpers';

const name = '000_e6ea2678bb7cae54';
const bytes = readFileSync(join(SEED_DIR, `${name}.txt`));
const expected = JSON.parse(readFileSync(join(SEED_DIR, `${name}.expected.json`), 'utf8'));
const reading = read(bytes);
const f = (s: string | null | undefined) => (s == null ? s : fold(s));
const speakerName = (s: Speaker | null) => (s && 'name' in s ? s.name : null);

describe('seed: article', () => {
  const a = reading.article;
  const e = expected.article;
  it('reads the headline, clock, dates and lead', () => {
    expect(a.headline).toBe(e.headline);
    expect(a.capturedAt).toBe(e.capturedAt);
    expect(a.datePublished).toBe(e.datePublished);
    expect(f(a.lead)).toBe(f(e.lead));
  });
  it('reads the image caption and credit', () => {
    expect(f(a.image?.caption)).toBe(f(e.image.caption));
    expect(f(a.image?.credit)).toBe(f(e.image.credit));
  });
  it('reads the body paragraphs', () => {
    expect(a.body.map((p) => fold(p.text))).toEqual(e.bodyParagraphs.map(fold));
  });
  it('reads related headlines and tags', () => {
    expect(a.relatedHeadlines.map(fold)).toEqual(e.relatedHeadlines.map(fold));
    expect(a.tags).toEqual(e.tags);
    expect(reading.tags).toEqual(e.tags);
  });
  it('removes the boilerplate lines', () => {
    expect(a.boilerplate.map((b) => b.position.start.line)).toEqual(e.boilerplateLines);
  });
});

describe('seed: quotes', () => {
  const quotes = reading.quotes.filter((q) => q.kind !== 'indirect');
  it('finds exactly the expected quotes', () => {
    expect(quotes.map((q) => fold(q.text))).toEqual(expected.quotes.map((q: { text: string }) => fold(q.text)));
  });
  it.each(expected.quotes.map((q: Record<string, unknown>, i: number) => [i, q]) as Array<[number, unknown]>)('quote %i has its line, speaker, kind and cue', (i, q) => {
    const got = quotes[i as number];
    const exp = q as { line: number; speaker: string | null; kind: string; cue: string; speakerDescription?: string };
    expect(got.position.start.line).toBe(exp.line);
    expect(got.kind).toBe(exp.kind);
    expect(got.cue).toBe(exp.cue);
    if (exp.speaker === null) {
      expect(got.speaker).toEqual({ anonymous: true, description: exp.speakerDescription });
    } else {
      expect(speakerName(got.speaker)).toBe(exp.speaker);
    }
  });
  it('takes no scare quote or headline quote as a quote', () => {
    const texts = reading.quotes.map((q) => fold(q.text));
    for (const nq of expected.notQuotes) expect(texts).not.toContain(fold(nq));
  });
});

describe('seed: entities', () => {
  it('finds the people with their roles, organizations and aliases', () => {
    const byName = new Map(reading.people.map((p) => [p.name, p]));
    expect([...byName.keys()].sort()).toEqual(expected.people.map((p: { name: string }) => p.name).sort());
    for (const p of expected.people) {
      const got = byName.get(p.name)!;
      expect({ name: p.name, role: got.role, organization: got.organization }).toEqual({ name: p.name, role: p.role, organization: p.organization });
      const aliases = got.aliases.map((x) => x.toLowerCase());
      for (const al of p.aliases) expect(aliases).toContain(al.toLowerCase());
      // Pronouns and descriptions are mentions, never aliases.
      for (const m of p.mentions ?? []) expect(aliases).not.toContain(m.toLowerCase());
    }
  });
  it('finds the organizations as a set, aliases included', () => {
    const byName = new Map(reading.organizations.map((o) => [o.name, o]));
    expect([...byName.keys()].sort()).toEqual(expected.organizations.map((o: { name: string }) => o.name).sort());
    for (const o of expected.organizations) {
      const got = byName.get(o.name)!;
      for (const al of o.aliases) expect([...got.aliases, got.acronym]).toContain(al);
    }
  });
});

describe('seed: diagnostics', () => {
  it('reports what must be reported', () => {
    for (const m of expected.diagnostics.mustReport) {
      const hits = reading.diagnostics.filter((d) => d.ruleId === m.rule && (m.line === undefined || d.line === m.line));
      expect(hits.length).toBeGreaterThan(0);
    }
  });
  it('reports nothing it must not', () => {
    expect(reading.diagnostics.filter((d) => d.ruleId === 'unattributed-quote')).toEqual([]);
    expect(reading.diagnostics.filter((d) => d.ruleId === 'mismatched-quote').map((d) => d.line)).toEqual([45]);
    expect(reading.diagnostics.map((d) => d.ruleId).sort()).toEqual(['clock-not-publication-date', 'mismatched-quote', 'missing-headline']);
  });
  it('gives severities that say whether the page can be imported', () => {
    const sev = Object.fromEntries(reading.diagnostics.map((d) => [d.ruleId, d.severity]));
    expect(sev['missing-headline']).toBe('error');
    expect(['info', 'warning']).toContain(sev['clock-not-publication-date']);
    expect(sev['mismatched-quote']).toBe('warning');
  });
});
