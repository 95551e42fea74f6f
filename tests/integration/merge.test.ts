/**
 * Merging duplicates: a person (or an organization) the reader created twice under two names
 * is folded into the one an editor keeps. Quotes, article links, affiliations and the names
 * imports find it by move, in one transaction; later imports of either name find the kept one.
 * The texts are written for this file, with invented people.
 */
import request from 'supertest';
import { loginAdmin, startStrapi, type TestApp } from '../helpers/strapi';
import type { Importer } from '../../src/plugins/source-import/server/src/services/importer';
import type { Merge } from '../../src/plugins/source-import/server/src/services/merge';

const PERSON = 'api::person.person';
const ORGANIZATION = 'api::organization.organization';
const QUOTE = 'api::quote.quote';
const ARTICLE = 'api::article.article';

let app: TestApp;
const importer = () => app.strapi.plugin('source-import').service('importer') as Importer;
const merge = () => app.strapi.plugin('source-import').service('merge') as Merge;

/** A page quoting one person, named as the page names her, at a given clock time. */
const page = (clock: string, name: string, words: string, extra = '') => `${clock} GMT 12 March 2021
Harbour talks resume

OSTRAVA (Sputnik) - Talks between the port authority and dock workers resumed on Friday.

"${words}," ${name}, a spokeswoman for the Baltic Freight Union, told reporters.
${extra}
Tags: harbour, strike
`;

const personNamed = async (name: string) =>
  (await app.strapi.db.query(PERSON).findMany({ where: { name }, populate: { quotes: true, articles: true, affiliations: { populate: { organization: true } } } })) as any[];

/** Imports one page and returns its outcome. */
const imported = async (text: string, publish = false) => {
  const outcome = await importer().importDocument({ text, headline: publish ? `Harbour talks ${Math.random()}` : undefined, publish });
  expect(['created', 'updated']).toContain(outcome.status);
  return outcome;
};

beforeAll(async () => {
  app = await startStrapi();
});

afterAll(async () => {
  await app?.stop();
});

describe('merging two people', () => {
  let kept: any;
  let removed: any;

  beforeAll(async () => {
    // The same spokeswoman, under her full name and under a transliteration.
    await imported(page('10:01', 'Jana Vorlickova', 'We will not sign a deal that cuts pensions'), true);
    await imported(page('10:02', 'Yana Vorlichkova', 'The port cannot run without us', 'Yana Vorlichkova added that the talks would go on.'));
    [kept] = await personNamed('Jana Vorlickova');
    [removed] = await personNamed('Yana Vorlichkova');
    expect(kept).toBeDefined();
    expect(removed).toBeDefined();
    expect(removed.quotes.length).toBeGreaterThan(0);
  });

  it('moves the quotes, article links, affiliations and names to the kept person, and deletes the other', async () => {
    const quotesBefore = kept.quotes.length + removed.quotes.length;
    const record = await merge().mergeInto({ type: 'person', from: removed.documentId, into: kept.documentId, by: 'editor@example.test' });
    expect(record.moved).toMatchObject({ 'api::quote.quote.speaker': removed.quotes.length });
    expect(await personNamed('Yana Vorlichkova')).toHaveLength(0);
    const [after] = await personNamed('Jana Vorlickova');
    // Draft and published quote rows alike point at the kept person.
    expect(after.quotes.length).toBe(quotesBefore);
    expect(after.aliases).toEqual(expect.arrayContaining(['Yana Vorlichkova']));
    const speakers = (await app.strapi.db.query(QUOTE).findMany({ populate: { speaker: true } })) as any[];
    expect(speakers.filter((q) => q.speaker?.name === 'Jana Vorlickova').length).toBe(quotesBefore);
    expect(speakers.some((q) => q.speaker === null && q.text.includes('cannot run without us'))).toBe(false);
    // The moved quotes' labels name the kept person.
    expect(speakers.filter((q) => q.speaker?.name === 'Jana Vorlickova').every((q) => q.label.endsWith('Jana Vorlickova'))).toBe(true);
    // The kept person's lists have no gap and no double.
    for (const attribute of ['quotes', 'articles']) {
      const ids = after[attribute].map((x: { id: number }) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    // Recorded: who, when, what.
    const [last] = (await merge().history(1)) as any[];
    expect(last).toMatchObject({ entityType: 'person', mergedBy: 'editor@example.test', kept: { name: 'Jana Vorlickova' }, removed: { name: 'Yana Vorlichkova' } });
  });

  it('lets a later import of the removed name find the kept person', async () => {
    const outcome = await imported(page('10:03', 'Yana Vorlichkova', 'We are ready to talk all night'));
    expect(await personNamed('Yana Vorlichkova')).toHaveLength(0);
    const quotes = (await app.strapi.documents(QUOTE).findMany({ filters: { article: { documentId: outcome.article.documentId! } }, populate: { speaker: true } })) as any[];
    expect(quotes.map((q) => q.speaker?.documentId)).toContain(kept.documentId);
  });

  it('refuses an entry into itself, an entry that does not exist, and changes nothing', async () => {
    await expect(merge().mergeInto({ type: 'person', from: kept.documentId, into: kept.documentId })).rejects.toMatchObject({ reason: 'same-entry' });
    await expect(merge().mergeInto({ type: 'person', from: 'nobody-has-this-id', into: kept.documentId })).rejects.toMatchObject({ reason: 'not-found' });
    expect(await personNamed('Jana Vorlickova')).toHaveLength(1);
  });
});

describe('merging two organizations', () => {
  it('refuses two organizations of different kinds, and merges the same kind with acronym and aliases', async () => {
    const orgs = app.strapi.documents(ORGANIZATION);
    const party = await orgs.create({ data: { name: 'Green Harbour Party', kind: 'political_party' } as never });
    const union = await orgs.create({ data: { name: 'Harbour Workers Union', acronym: 'HWU', kind: 'other' } as never });
    const company = await orgs.create({ data: { name: 'Harbour Holdings', kind: 'company' } as never });
    await expect(merge().mergeInto({ type: 'organization', from: party.documentId, into: company.documentId })).rejects.toMatchObject({
      reason: 'different-kinds',
    });
    expect(await orgs.count({ filters: { documentId: party.documentId } } as never)).toBe(1);

    const twin = await orgs.create({ data: { name: 'Union of Harbour Workers', kind: 'other' } as never });
    await merge().mergeInto({ type: 'organization', from: union.documentId, into: twin.documentId });
    const after = (await orgs.findOne({ documentId: twin.documentId })) as any;
    expect(after.acronym).toBe('HWU');
    expect(after.aliases).toEqual(['Harbour Workers Union']);
  });
});

describe('all or nothing', () => {
  it('leaves both entries as they were when a write fails half-way', async () => {
    await imported(page('11:01', 'Petra Kalinova', 'Nobody wants a long strike'));
    await imported(page('11:02', 'Petra Kalinowa', 'Everyone wants a fair deal'));
    const [a] = await personNamed('Petra Kalinova');
    const [b] = await personNamed('Petra Kalinowa');
    let failing = true;
    app.strapi.db.lifecycles.subscribe({
      models: ['plugin::source-import.merge'],
      beforeCreate() {
        if (failing) throw new Error('injected failure');
      },
    } as never);
    await expect(merge().mergeInto({ type: 'person', from: b.documentId, into: a.documentId })).rejects.toThrow('injected failure');
    failing = false;
    const [b2] = await personNamed('Petra Kalinowa');
    const [a2] = await personNamed('Petra Kalinova');
    expect(b2.quotes.map((q: any) => q.id)).toEqual(b.quotes.map((q: any) => q.id));
    expect(a2.quotes.map((q: any) => q.id)).toEqual(a.quotes.map((q: any) => q.id));
    expect(a2.aliases).toEqual(a.aliases);
    const keys = await app.strapi.db.query('plugin::source-import.entity-key').count({ where: { targetDocumentId: b.documentId } });
    expect(keys).toBeGreaterThan(0);
  });

  it('runs beside a concurrent import of the removed name: every quote ends with the kept person', async () => {
    await imported(page('12:01', 'Marek Dusek', 'The cranes stay still'));
    await imported(page('12:02', 'Mirek Dusek', 'The ships will wait'));
    const [a] = await personNamed('Marek Dusek');
    const [b] = await personNamed('Mirek Dusek');
    const [merged, outcome] = await Promise.all([
      merge().mergeInto({ type: 'person', from: b.documentId, into: a.documentId }),
      importer().importDocument({ text: page('12:03', 'Mirek Dusek', 'We will hold out') }),
    ]);
    expect(merged.kept.documentId).toBe(a.documentId);
    expect(outcome.status).toBe('created');
    expect(await personNamed('Mirek Dusek')).toHaveLength(0);
    const quotes = (await app.strapi.documents(QUOTE).findMany({ filters: { article: { documentId: outcome.article.documentId! } }, populate: { speaker: true } })) as any[];
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => q.speaker?.documentId === a.documentId)).toBe(true);
    expect(await app.strapi.db.query(ARTICLE).count({ where: { documentId: outcome.article.documentId } })).toBe(1);
  });
});

describe('the admin route', () => {
  it('merges for an admin with the merge permission, 403 without it, 400 with the reason when refused', async () => {
    const orgs = app.strapi.documents(ORGANIZATION);
    const one = await orgs.create({ data: { name: 'Port Watch', kind: 'media' } as never });
    const two = await orgs.create({ data: { name: 'PortWatch News', kind: 'media' } as never });
    const reader = await loginAdmin(app.strapi, app.server, ['plugin::source-import.read']);
    const body = { type: 'organization', from: two.documentId, into: one.documentId };
    const denied = await request(app.server).post('/source-import/merges').set('Authorization', `Bearer ${reader}`).send(body);
    expect(denied.status).toBe(403);
    const editor = await loginAdmin(app.strapi, app.server, ['plugin::source-import.read', 'plugin::source-import.merge']);
    const self = await request(app.server).post('/source-import/merges').set('Authorization', `Bearer ${editor}`).send({ ...body, from: one.documentId });
    expect(self.status).toBe(400);
    expect(self.body.error.details.reason).toBe('same-entry');
    const done = await request(app.server).post('/source-import/merges').set('Authorization', `Bearer ${editor}`).send(body);
    expect(done.status).toBe(200);
    expect(done.body.data).toMatchObject({ kept: { documentId: one.documentId }, removed: { name: 'PortWatch News' } });
    const list = await request(app.server).get('/source-import/merges').set('Authorization', `Bearer ${editor}`);
    expect(list.body.data[0].mergedBy).toMatch(/@example\.test$/);
  });
});
