import type { Core } from '@strapi/strapi';
import { read } from '../reader';
import { decode } from '../reader/parse/decode';
import type { Diagnostic, Reading } from '../reader/types';
import { toBlocks } from '../import/blocks';
import { identify, sha256 } from '../import/identity';
import { foldName } from '../import/names';
import { RejectedDocumentError, isUniqueViolation } from '../import/errors';
import { inTransaction, tableOf } from '../import/sql';
import type { Entities } from './entities';
import type { EntityOutcome, ImportOutcome } from '../import/outcome';

export type { EntityOutcome, ImportOutcome };
import type { QuoteWriter } from './quote-writer';
import type { ArticleWriter } from './article-writer';
import { createId } from '@paralleldrive/cuid2';
import pluginPackage from '../../../package.json';

const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const IMPORTED = 'plugin::source-import.imported-document';

export const IMPORTER_VERSION = pluginPackage.version;

/** Diagnostics that stop an import outright: there is nothing to import. */
const REJECTING_RULES = new Set(['empty-document', 'not-text', 'not-an-article']);

export type ImportInput = {
  text: string | Uint8Array;
  fileName?: string | null;
  sourceUrl?: string | null;
  /** a headline the editor supplies when the page has none (or to replace the page's) */
  headline?: string | null;
  publish?: boolean;
  dryRun?: boolean;
};

type PluginConfig = { maxBytes: number; retries: number };

const where = (d: Diagnostic) => `line ${d.line}, column ${d.column}`;

const importer = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = (): PluginConfig => strapi.config.get('plugin::source-import') as PluginConfig;
  const entities = (): Entities => strapi.plugin('source-import').service('entities');
  const quoteWriter = (): QuoteWriter => strapi.plugin('source-import').service('quote-writer');
  const articleWriter = (): ArticleWriter => strapi.plugin('source-import').service('article-writer');

  /** Reads a document and refuses what cannot be imported at all, before anything is written. */
  function readForImport(input: ImportInput): { reading: Reading; text: string } {
    const size = typeof input.text === 'string' ? Buffer.byteLength(input.text, 'utf8') : input.text.byteLength;
    const { maxBytes } = config();
    if (size > maxBytes) {
      throw new RejectedDocumentError(
        `${input.fileName ?? 'The document'} is ${size} bytes, over the limit of ${maxBytes} bytes`,
        'too-large',
        { size, maxBytes, fileName: input.fileName ?? null },
      );
    }
    const reading = read(input.text);
    const rejecting = reading.diagnostics.find((d) => REJECTING_RULES.has(d.ruleId));
    if (rejecting) {
      throw new RejectedDocumentError(
        `${input.fileName ?? 'The document'} cannot be imported (${rejecting.ruleId}, ${where(rejecting)}): ${rejecting.message}`,
        rejecting.ruleId,
        { fileName: input.fileName ?? null, diagnostics: reading.diagnostics },
      );
    }
    const text = typeof input.text === 'string' ? input.text : decode(input.text).text;
    return { reading, text };
  }

  /** The error-severity diagnostics still standing once the editor's input is taken into account. */
  function blockingErrors(reading: Reading, input: ImportInput): Diagnostic[] {
    return reading.diagnostics.filter(
      (d) => d.severity === 'error' && !(d.ruleId === 'missing-headline' && input.headline?.trim()),
    );
  }

  async function importOnce(input: ImportInput, reading: Reading, text: string): Promise<ImportOutcome> {
    const dryRun = Boolean(input.dryRun);
    const identity = identify(text, {
      sourceUrl: input.sourceUrl,
      headline: input.headline,
      publish: input.publish,
      importerVersion: IMPORTER_VERSION,
    });
    const headline = clampHeadline(input.headline?.trim() || reading.article.headline);
    const errors = blockingErrors(reading, input);
    const willPublish = Boolean(input.publish) && errors.length === 0;
    const blocking = errors.map((d) => `${d.ruleId} (${where(d)}): ${d.message}`);
    const draftReasons = willPublish ? [] : blocking.length > 0 ? blocking : ['publishing was not asked for'];

    const record = await strapi.db.query(IMPORTED).findOne({ where: { sourceKey: identity.sourceKey } });
    const existingArticle = record
      ? await strapi.documents(ARTICLE).findOne({ documentId: record.articleDocumentId, fields: ['headline'] })
      : null;

    const base = {
      dryRun,
      diagnostics: reading.diagnostics,
      identity: { sourceKey: identity.sourceKey, contentHash: identity.contentHash },
      draftReasons,
      blocking,
      published: willPublish,
    };

    if (record && existingArticle && record.fingerprint === identity.fingerprint) {
      const quotes = await strapi.documents(QUOTE).findMany({
        filters: { article: { documentId: record.articleDocumentId } },
        fields: ['position'],
        sort: 'position:asc',
      });
      const published = await strapi.documents(ARTICLE).count({
        filters: { documentId: record.articleDocumentId },
        status: 'published',
      });
      return {
        ...base,
        status: 'unchanged',
        published: published > 0,
        draftReasons: published > 0 ? [] : draftReasons,
        article: { documentId: record.articleDocumentId, headline: existingArticle.headline ?? null },
        quotes: { count: quotes.length, documentIds: quotes.map((q) => q.documentId) },
        people: [],
        organizations: [],
        tags: [],
      };
    }

    const status: ImportOutcome['status'] = existingArticle ? 'updated' : 'created';
    const resolver = entities().session(dryRun);
    await resolver.preload({ organizations: reading.organizations, people: reading.people, tags: reading.article.tags });

    // Organizations first: people's affiliations point at them.
    const organizations: EntityOutcome[] = [];
    const organizationIds = new Map<string, string | null>();
    for (const org of reading.organizations) {
      const resolved = await resolver.resolveOrganization(org);
      organizations.push(resolved);
      for (const form of [org.name, org.acronym, ...org.aliases]) {
        if (form) organizationIds.set(foldName(form), resolved.documentId);
      }
    }
    const people: EntityOutcome[] = [];
    const personIds = new Map<string, string | null>();
    for (const person of reading.people) {
      const resolved = await resolver.resolvePerson(person, organizationIds);
      people.push(resolved);
      personIds.set(person.name, resolved.documentId);
    }
    const tags: EntityOutcome[] = [];
    for (const tag of reading.article.tags) tags.push(await resolver.resolveTag(tag));
    await resolver.flush();

    if (dryRun) {
      return {
        ...base,
        status,
        article: { documentId: existingArticle ? record.articleDocumentId : null, headline },
        quotes: { count: reading.quotes.length, documentIds: [] },
        people,
        organizations,
        tags,
      };
    }

    // Claim the source first: a concurrent import of the same document fails here, on the
    // unique index, and is retried as a re-import.
    if (!record) {
      await strapi.db.query(IMPORTED).createMany({
        data: [{
          documentId: createId(),
          sourceKey: identity.sourceKey,
          contentHash: identity.contentHash,
          fingerprint: 'pending',
          sourceUrl: input.sourceUrl ?? null,
          fileName: input.fileName ?? null,
          articleDocumentId: 'pending',
        }],
      });
    }

    const rowIds = resolver.rowIds();
    const relatedHeadlines = await linkRelatedHeadlines(reading.article.relatedHeadlines, rowIds);
    const { article: read_ } = reading;
    const articleData = {
      headline: headline ?? null,
      lead: read_.lead,
      body: toBlocks(read_.body),
      image: read_.image ? { caption: read_.image.caption, credit: read_.image.credit } : null,
      section: read_.section,
      dateline: read_.dateline ? [read_.dateline.place, read_.dateline.agency].filter(Boolean).join(', ') : null,
      capturedAt: read_.capturedAt,
      datePublished: read_.datePublished,
      sourceUrl: input.sourceUrl ?? null,
      tags: ids(tags),
      people: ids(people),
      organizations: ids(organizations),
      relatedHeadlines,
      source: {
        fileName: input.fileName ?? null,
        sha256: sha256(typeof input.text === 'string' ? Buffer.from(input.text, 'utf8') : input.text),
        rawText: text,
        importerVersion: IMPORTER_VERSION,
        importedAt: new Date().toISOString(),
        diagnostics: reading.diagnostics,
      },
    };

    let articleId: string;
    let draftRowId: number | undefined;
    if (existingArticle) {
      articleId = record.articleDocumentId;
      // The new reading replaces the old one: its quotes go, whatever their status.
      const oldQuotes = await strapi.documents(QUOTE).findMany({
        filters: { article: { documentId: articleId } },
        fields: ['id'],
      });
      for (const quote of oldQuotes) await strapi.documents(QUOTE).delete({ documentId: quote.documentId });
      await strapi.documents(ARTICLE).update({ documentId: articleId, data: articleData as never });
    } else {
      const created = await articleWriter().createDraft(articleData, rowIds);
      articleId = created.documentId;
      draftRowId = created.id;
    }

    if (headline) await backlinkRelatedHeadlines(headline, articleId);

    // Publish (or take off the site) before the quotes are written: the quote writer then
    // writes their published rows itself, instead of the article's publish re-writing each.
    if (willPublish) {
      await strapi.documents(ARTICLE).publish({ documentId: articleId });
    } else if (existingArticle) {
      // A re-import that must stay a draft takes the old version off the public site.
      await strapi.documents(ARTICLE).unpublish({ documentId: articleId });
    }

    const quoteIds = await quoteWriter().insert(
      { documentId: articleId, draftRowId: willPublish ? undefined : draftRowId, created: !existingArticle },
      reading.quotes.map((quote, position) => {
        const speaker = quote.speaker;
        return {
          text: quote.text,
          kind: quote.kind,
          cue: quote.cue,
          position,
          line: quote.position.start.line,
          column: quote.position.start.column,
          startOffset: quote.position.start.offset!,
          endOffset: quote.position.end.offset!,
          speaker: speaker && 'name' in speaker ? personIds.get(speaker.name) ?? null : null,
          speakerOrganization:
            speaker && 'organization' in speaker ? organizationIds.get(foldName(speaker.organization)) ?? null : null,
          speakerDescription: speaker && 'anonymous' in speaker ? speaker.description : null,
        };
      }),
      { published: willPublish, rowIds },
    );

    await strapi.db.query(IMPORTED).updateMany({
      where: { sourceKey: identity.sourceKey },
      data: {
        contentHash: identity.contentHash,
        fingerprint: identity.fingerprint,
        fileName: input.fileName ?? null,
        articleDocumentId: articleId,
        headline: headline ?? null,
      },
    });

    return {
      ...base,
      status,
      article: { documentId: articleId, headline: headline ?? null },
      quotes: { count: quoteIds.length, documentIds: quoteIds },
      people,
      organizations,
      tags,
    };
  }

  /**
   * Draft rows (every article has one) of the articles whose headline is one of `headlines`,
   * compared case-insensitively and with quote marks folded. Raw SQL on `lower(headline)`,
   * which the plugin indexes (see indexes.ts), so the look-up stays fast as the archive grows.
   */
  function articlesHeadlined(headlines: string[]) {
    const variants = [...new Set(headlines.flatMap(headlineVariants))];
    return inTransaction(strapi, (table) =>
      table(tableOf(strapi, ARTICLE))
        .select({ id: 'id', documentId: 'document_id', headline: 'headline' })
        .whereNull('published_at')
        .whereIn(strapi.db.connection.raw('lower(??)', ['headline']), variants),
    ) as Promise<Array<{ id: number; documentId: string; headline: string }>>;
  }

  /**
   * Related headlines point at the articles that carry them, where those exist already. The
   * draft rows found are added to `rowIds`, which the article writer links by.
   */
  async function linkRelatedHeadlines(headlines: string[], rowIds: Map<string, number>) {
    if (headlines.length === 0) return [];
    const targets = await articlesHeadlined(headlines);
    for (const target of targets) rowIds.set(target.documentId, target.id);
    return headlines.map((headline) => ({
      headline,
      article: targets.find((t) => sameHeadline(t.headline, headline))?.documentId ?? null,
    }));
  }

  /**
   * The other side: articles imported earlier whose related headlines name this one now point
   * at it. Their draft is updated, and their published version too when they have one.
   */
  async function backlinkRelatedHeadlines(headline: string, articleId: string) {
    const related = tableOf(strapi, 'news.related-headline');
    const articles = tableOf(strapi, ARTICLE);
    const candidates = (await inTransaction(strapi, (table) =>
      table(`${articles}_cmps`)
        .join(articles, `${articles}.id`, `${articles}_cmps.entity_id`)
        .join(related, `${related}.id`, `${articles}_cmps.cmp_id`)
        .distinct({ documentId: `${articles}.document_id` })
        .where(`${articles}_cmps.component_type`, 'news.related-headline')
        .whereNull(`${articles}.published_at`)
        .whereNot(`${articles}.document_id`, articleId)
        .whereIn(strapi.db.connection.raw('lower(??)', [`${related}.headline`]), headlineVariants(headline)),
    )) as Array<{ documentId: string }>;
    if (candidates.length === 0) return;
    const citing = await strapi.documents(ARTICLE).findMany({
      filters: { documentId: { $in: candidates.map((c) => c.documentId) } },
      populate: { relatedHeadlines: { populate: { article: { fields: ['documentId'] } } } },
      fields: ['documentId'],
    });
    for (const article of citing) {
      const related = ((article as { relatedHeadlines?: RelatedHeadline[] }).relatedHeadlines ?? []).map((r) => ({
        headline: r.headline,
        article: r.article?.documentId ?? (sameHeadline(r.headline, headline) ? articleId : null),
      }));
      const wasPublished = await strapi.documents(ARTICLE).count({ filters: { documentId: article.documentId }, status: 'published' });
      await strapi.documents(ARTICLE).update({ documentId: article.documentId, data: { relatedHeadlines: related } as never });
      if (wasPublished > 0) await strapi.documents(ARTICLE).publish({ documentId: article.documentId });
    }
  }

  return {
    /** Reads a document without writing anything: the reading and whether it can be imported. */
    check(input: Pick<ImportInput, 'text' | 'fileName' | 'headline'>) {
      const reading = read(input.text);
      const rejecting = reading.diagnostics.find((d) => REJECTING_RULES.has(d.ruleId));
      const errors = blockingErrors(reading, input);
      return { reading, importable: !rejecting, publishable: !rejecting && errors.length === 0 };
    },

    /**
     * Imports one document in one transaction: all of it or nothing. Safe to repeat (an
     * unchanged document is left alone) and to run concurrently (a clash on a unique index
     * rolls the attempt back and retries it, finding what the other import wrote).
     */
    async importDocument(input: ImportInput): Promise<ImportOutcome> {
      const { reading, text } = readForImport(input);
      const { retries } = config();
      for (let attempt = 0; ; attempt += 1) {
        try {
          if (input.dryRun) return await importOnce(input, reading, text);
          return await strapi.db.transaction(() => importOnce(input, reading, text));
        } catch (error) {
          if (attempt < retries && isUniqueViolation(error)) continue;
          throw error;
        }
      }
    },
  };
};

/** Headlines are at most 255 characters (the column); a longer one is cut at a word. */
const clampHeadline = (headline: string | null | undefined): string | null => {
  if (!headline) return null;
  if (headline.length <= 255) return headline;
  const cut = headline.slice(0, 254);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 200))}…`;
};

type RelatedHeadline = { headline: string; article?: { documentId: string } | null };

/** Headlines compare with quote marks and spaces folded, and case ignored. */
const foldHeadline = (headline: string) =>
  headline.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim();
const sameHeadline = (a: string, b: string) => foldHeadline(a).toLowerCase() === foldHeadline(b).toLowerCase();
/** What `lower(headline)` is compared with: as written and with quote marks folded. */
const headlineVariants = (headline: string) => [...new Set([headline, foldHeadline(headline)].map((h) => h.toLowerCase()))];

const ids = (outcomes: EntityOutcome[]) =>
  [...new Set(outcomes.map((o) => o.documentId).filter((id): id is string => Boolean(id)))];

export type Importer = ReturnType<typeof importer>;
export default importer;
