import request from 'supertest';
import { applyEditorViews } from '../../src/bootstrap/content-manager-views';
import { EDITOR_VIEWS } from '../../src/bootstrap/editor-views';
import { quoteLabel } from '../../src/utils/quote-label';
import { SEED_FILE } from '../helpers/fixtures';
import { loginAdmin, provisionDatabase, startStrapi, type TestApp } from '../helpers/strapi';

/**
 * The Content Manager as editors see it: the views of editor-views.ts applied at start, a
 * change made by hand in "Configure the view" kept across restarts, and quotes named by their
 * short form (their first words and their speaker) in lists and relation pickers.
 */

const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const PERSON = 'api::person.person';

let database: Awaited<ReturnType<typeof provisionDatabase>>;
let app: TestApp | undefined;
let jwt: string;

const start = async () => {
  app = await startStrapi({ importOnStart: [SEED_FILE], database });
  jwt = await loginAdmin(app.strapi, app.server, 'super-admin');
};
const admin = (method: 'get' | 'put', url: string) => request(app!.server)[method](url).set('Authorization', `Bearer ${jwt}`);
/** What the admin sends back when an admin saves "Configure the view" (it drops the computed `list.mainField`). */
const editable = (contentType: any) => {
  const { uid: _uid, ...configuration } = contentType;
  for (const metadata of Object.values(configuration.metadatas) as any[]) delete metadata.list.mainField;
  return configuration;
};
const configurationOf = async (uid: string) => {
  const res = await admin('get', `/content-manager/content-types/${uid}/configuration`);
  expect(res.status).toBe(200);
  return res.body.data as { contentType: any; components: Record<string, any> };
};

beforeAll(async () => {
  database = await provisionDatabase();
  await start();
});

afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

describe('the views applied at start', () => {
  it('gives every field of the five types and their components a human label', async () => {
    for (const uid of [ARTICLE, QUOTE, PERSON, 'api::organization.organization', 'api::tag.tag']) {
      const { contentType, components } = await configurationOf(uid);
      const attributes = Object.keys((app!.strapi.contentTypes as any)[uid].attributes).filter(
        (name) => !['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(name),
      );
      for (const name of attributes) {
        const { edit, list } = contentType.metadatas[name];
        expect({ uid, name, label: edit.label }).not.toEqual({ uid, name, label: name });
        expect(list.label).toBe(edit.label);
      }
      for (const [component, configuration] of Object.entries(components)) {
        for (const [name, { edit }] of Object.entries(configuration.metadatas as Record<string, any>)) {
          if (name === 'id') continue;
          expect({ component, name, label: edit.label }).not.toEqual({ component, name, label: name });
        }
      }
    }
  });

  it('configures the article: labels, columns, a read-only import source', async () => {
    const { contentType, components } = await configurationOf(ARTICLE);
    expect(contentType.metadatas.headline.edit.label).toBe('Headline');
    expect(contentType.metadatas.capturedAt.list.label).toBe('Captured');
    expect(contentType.metadatas.quotes.edit.mainField).toBe('label');
    expect(contentType.layouts.list).toEqual(['headline', 'capturedAt', 'section', 'quotes']);
    expect(contentType.metadatas.source.edit.editable).toBe(false);
    const source = components['news.import-source'].metadatas;
    for (const name of ['fileName', 'sha256', 'rawText', 'importedAt', 'diagnostics']) expect(source[name].edit.editable).toBe(false);
  });

  it('configures the quote: named by its short form, offsets read-only, the short form out of the edit view', async () => {
    const { contentType } = await configurationOf(QUOTE);
    expect(contentType.settings.mainField).toBe('label');
    expect(contentType.layouts.list).toEqual(['text', 'speaker', 'article', 'kind']);
    for (const name of ['position', 'line', 'column', 'startOffset', 'endOffset']) expect(contentType.metadatas[name].edit.editable).toBe(false);
    const inEditView = contentType.layouts.edit.flat().map((field: { name: string }) => field.name);
    expect(inEditView).not.toContain('label');
    expect(inEditView).toEqual(expect.arrayContaining(['text', 'speaker', 'article', 'startOffset']));
  });
});

describe('quote labels', () => {
  it('are written by the importer: the seed quotes read as their first words and speaker', async () => {
    const [article] = await app!.strapi.documents(ARTICLE).findMany({ fields: ['documentId'] });
    // The admin's relation field asks for a page of ten.
    const res = await admin('get', `/content-manager/relations/${ARTICLE}/${article.documentId}/quotes?page=1&pageSize=10`);
    expect(res.status).toBe(200);
    expect(res.body.pagination.total).toBe(14);
    const labels = res.body.results.map((quote: { label: string }) => quote.label);
    expect(labels).toHaveLength(10);
    for (const label of labels) expect(label).toMatch(/^“[^”]+” — \S/);
    // Not a reporting verb: the speaker's name ends it.
    const rows = await app!.strapi.db.query(QUOTE).findMany({ populate: { speaker: true }, where: { speaker: { id: { $notNull: true } } } });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.label).toBe(quoteLabel(row.text, row.speaker.name));
    expect(await app!.strapi.db.query(QUOTE).count({ where: { label: { $null: true } } })).toBe(0);
  });

  it('follow the quote and the speaker’s name through the Document Service', async () => {
    const person = await app!.strapi.documents(PERSON).create({ data: { name: 'Mirela Kos' } as never });
    const quote = await app!.strapi.documents(QUOTE).create({
      data: { text: 'The channel must be deepened before the winter storms arrive in the bay', kind: 'direct', speaker: person.documentId } as never,
    });
    const labelOf = async () => (await app!.strapi.db.query(QUOTE).findOne({ where: { documentId: quote.documentId } }))!.label;
    expect(await labelOf()).toBe('“The channel must be deepened before the winter…” — Mirela Kos');
    await app!.strapi.documents(QUOTE).update({ documentId: quote.documentId, data: { text: 'Dredging starts in May' } as never });
    expect(await labelOf()).toBe('“Dredging starts in May” — Mirela Kos');
    await app!.strapi.documents(PERSON).update({ documentId: person.documentId, data: { name: 'Mirela Kos-Horvat' } as never });
    expect(await labelOf()).toBe('“Dredging starts in May” — Mirela Kos-Horvat');
  });

  it('are kept out of the public API', async () => {
    const article = await app!.strapi.documents(ARTICLE).create({ data: { headline: 'A public article with a quote' } });
    await app!.strapi.documents(QUOTE).create({ data: { text: 'Public words', kind: 'direct', article: article.documentId } as never });
    await app!.strapi.documents(ARTICLE).publish({ documentId: article.documentId });
    const res = await request(app!.server).get('/api/quotes');
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    for (const quote of res.body.data) expect(quote).not.toHaveProperty('label');
  });
});

describe('a change made by hand', () => {
  it('survives a restart, and the other settings are still applied', async () => {
    const configuration = editable((await configurationOf(ARTICLE)).contentType);
    configuration.metadatas.headline.edit.label = 'Title (desk)';
    configuration.layouts.list = ['headline', 'section'];
    const put = await admin('put', `/content-manager/content-types/${ARTICLE}/configuration`).send(configuration);
    expect(put.status).toBe(200);
    // Rows written before quotes had a short form: filled in at start.
    await app!.strapi.db.query(QUOTE).updateMany({ where: {}, data: { label: null } });

    // Applying again without a restart changes nothing that was changed by hand.
    const again = await applyEditorViews(app!.strapi, EDITOR_VIEWS);
    expect(again.applied).toBe(0);
    expect(again.keptByHand).toEqual(
      expect.arrayContaining([
        { uid: ARTICLE, setting: 'metadatas.headline.edit.label' },
        { uid: ARTICLE, setting: 'layouts.list' },
      ]),
    );

    await app!.stop();
    app = undefined;
    await start();
    const after = (await configurationOf(ARTICLE)).contentType;
    expect(after.metadatas.headline.edit.label).toBe('Title (desk)');
    expect(after.layouts.list).toEqual(['headline', 'section']);
    expect(after.metadatas.capturedAt.edit.label).toBe('Captured');
    expect(after.metadatas.source.edit.editable).toBe(false);
    expect(await app!.strapi.db.query(QUOTE).count({ where: { label: null } })).toBe(0);
  });

  it('is the admin’s: a setting changed back by hand to the applied value is followed again', async () => {
    const configuration = editable((await configurationOf(ARTICLE)).contentType);
    configuration.metadatas.headline.edit.label = 'Headline';
    const put = await admin('put', `/content-manager/content-types/${ARTICLE}/configuration`).send(configuration);
    expect(put.status).toBe(200);
    const outcome = await applyEditorViews(app!.strapi, {
      ...EDITOR_VIEWS,
      [ARTICLE]: { ...EDITOR_VIEWS[ARTICLE], metadatas: { ...EDITOR_VIEWS[ARTICLE].metadatas, headline: { edit: { label: 'Headline of the story' } } } },
    });
    expect(outcome.keptByHand).not.toContainEqual({ uid: ARTICLE, setting: 'metadatas.headline.edit.label' });
    expect((await configurationOf(ARTICLE)).contentType.metadatas.headline.edit.label).toBe('Headline of the story');
  });
});

describe('the admin’s requests for features this edition lacks', () => {
  it('are answered "off", not 404, for a signed-in admin; refused without a session', async () => {
    const [article] = await app!.strapi.documents(ARTICLE).findMany({ fields: ['documentId'] });
    const ai = await admin('get', '/admin/ai-feature-config');
    expect(ai.status).toBe(200);
    expect(ai.body.data).toEqual({ isAiI18nConfigured: false, isAiMediaLibraryConfigured: false });
    const job = await admin('get', `/i18n/ai-localization-jobs/collection-types/${ARTICLE}/${article.documentId}`);
    expect(job.status).toBe(200);
    expect(job.body).toEqual({ data: null });
    // Preview is off (config/admin.ts): no URL, no "Set up preview" panel.
    const preview = await admin('get', `/content-manager/preview/url/${ARTICLE}?documentId=${article.documentId}&status=draft`);
    expect(preview.status).toBe(204);

    expect((await request(app!.server).get('/admin/ai-feature-config')).status).toBe(401);
    expect((await request(app!.server).get(`/i18n/ai-localization-jobs/collection-types/${ARTICLE}/${article.documentId}`)).status).toBe(401);
    // Other 404s stay 404s.
    expect((await admin('get', '/admin/ai-feature-config/more')).status).toBe(404);
  });
});
