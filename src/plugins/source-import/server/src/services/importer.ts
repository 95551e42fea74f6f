import type { Core } from '@strapi/strapi';
import { read } from '../reader';
import { READER_VERSION } from '../reader/version';
import { writtenOf, type ArticleSnapshot, type Written } from '../import/written';
import { decode } from '../reader/parse/decode';
import type { Diagnostic, Reading } from '../reader/types';
import { toBlocks } from '../import/blocks';
import { identify, sha256, type DocumentIdentity } from '../import/identity';
import { foldName } from '../import/names';
import { InvalidRequestError, RejectedDocumentError, isForeignKeyViolation, isUniqueViolation } from '../import/errors';
import { inputProblem } from '../import/input';
import { inTransaction, tableOf } from '../import/sql';
import type { Entities, EntitySession } from './entities';
import type { EntityOutcome, ImportOutcome } from '../import/outcome';

export type { EntityOutcome, ImportOutcome };
import type { QuoteRow, QuoteWriter } from './quote-writer';
import type { ArticleData, ArticleWriter } from './article-writer';
import { createId } from '@paralleldrive/cuid2';
import pluginPackage from '../../../package.json';
import { quoteLabel } from '../../../../../utils/quote-label';

const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const IMPORTED = 'plugin::source-import.imported-document';

export const IMPORTER_VERSION = pluginPackage.version;

/** Diagnostics that stop an import outright: there is nothing to import. */
const REJECTING_RULES = new Set(['empty-document', 'not-text', 'not-an-article', 'field-too-long', 'too-many-items']);

/** Diagnostics sent back with a refusal: enough to fix the page, never megabytes of them. */
const MAX_DIAGNOSTICS_IN_ERROR = 100;

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

/** A reading's people, organizations and tags as found or created, with their documentIds by name. */
type Resolved = {
  organizations: EntityOutcome[];
  people: EntityOutcome[];
  tags: EntityOutcome[];
  organizationIds: Map<string, string | null>;
  personIds: Map<string, string | null>;
};

/** What the importer keeps of each source it imported (the plugin's imported-document type). */
export type ImportedRecord = {
  id: number;
  sourceKey: string;
  fingerprint: string;
  articleDocumentId: string;
  sourceUrl: string | null;
  fileName: string | null;
  /** what the importer wrote, field by field (null: imported before it was kept) */
  written: Written | null;
  readerVersion: string | null;
  /** the headline the editor supplied at import, if any */
  suppliedHeadline: string | null;
};

/** The reader the importer reads with: the reader, and its version. Tests put another in its place. */
export type ReaderInUse = { read: typeof read; version: string };
const THE_READER: ReaderInUse = { read, version: READER_VERSION };

const where = (d: Diagnostic) => `line ${d.line}, column ${d.column}`;

const importer = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = (): PluginConfig => strapi.config.get('plugin::source-import') as PluginConfig;
  const entities = (): Entities => strapi.plugin('source-import').service('entities');
  const quoteWriter = (): QuoteWriter => strapi.plugin('source-import').service('quote-writer');
  const articleWriter = (): ArticleWriter => strapi.plugin('source-import').service('article-writer');
  let reader = THE_READER;

  /** Reads a document and refuses what cannot be imported at all, before anything is written. */
  function readForImport(input: ImportInput): { reading: Reading; text: string } {
    // The API checks these at the edge; the command line and start-up imports come through here.
    const problem = inputProblem(input);
    if (problem) {
      throw new InvalidRequestError(`${problem.field}: ${problem.message}`, 'invalid-input', {
        field: problem.field,
        fileName: problem.field === 'fileName' ? null : input.fileName ?? null,
      });
    }
    const size = typeof input.text === 'string' ? Buffer.byteLength(input.text, 'utf8') : input.text.byteLength;
    const { maxBytes } = config();
    if (size > maxBytes) {
      throw new RejectedDocumentError(
        `${input.fileName ?? 'The document'} is ${size} bytes, over the limit of ${maxBytes} bytes`,
        'too-large',
        { size, maxBytes, fileName: input.fileName ?? null },
      );
    }
    const reading = reader.read(input.text);
    const rejecting = reading.diagnostics.find((d) => REJECTING_RULES.has(d.ruleId));
    if (rejecting) {
      throw new RejectedDocumentError(
        `${input.fileName ?? 'The document'} cannot be imported (${rejecting.ruleId}, ${where(rejecting)}): ${rejecting.message}`,
        rejecting.ruleId,
        {
          fileName: input.fileName ?? null,
          line: rejecting.line,
          column: rejecting.column,
          diagnostics: reading.diagnostics.slice(0, MAX_DIAGNOSTICS_IN_ERROR),
        },
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

  /** A document read and weighed, ready to import: nothing of it is written yet. */
  type Prepared = {
    input: ImportInput;
    reading: Reading;
    text: string;
    identity: DocumentIdentity;
    headline: string | null;
    willPublish: boolean;
    blocking: string[];
    draftReasons: string[];
  };

  function prepare(input: ImportInput): Prepared {
    const { reading, text } = readForImport(input);
    const identity = identify(text, {
      sourceUrl: input.sourceUrl,
      headline: input.headline,
      publish: input.publish,
      importerVersion: IMPORTER_VERSION,
    });
    const errors = blockingErrors(reading, input);
    const willPublish = Boolean(input.publish) && errors.length === 0;
    const blocking = errors.map((d) => `${d.ruleId} (${where(d)}): ${d.message}`);
    return {
      input,
      reading,
      text,
      identity,
      headline: clampHeadline(input.headline?.trim() || reading.article.headline),
      willPublish,
      blocking,
      draftReasons: willPublish ? [] : blocking.length > 0 ? blocking : ['publishing was not asked for'],
    };
  }

  const baseOutcome = (p: Prepared) => ({
    dryRun: Boolean(p.input.dryRun),
    diagnostics: p.reading.diagnostics,
    identity: { sourceKey: p.identity.sourceKey, contentHash: p.identity.contentHash },
    draftReasons: p.draftReasons,
    blocking: p.blocking,
    published: p.willPublish,
  });

  /** The people, organizations and tags of a reading, found again or created, in that order. */
  async function resolveEntities(resolver: EntitySession, reading: Reading): Promise<Resolved> {
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
    return { organizations, people, tags, organizationIds, personIds };
  }

  function articleDataOf(p: Prepared, resolved: Resolved, relatedHeadlines: ArticleData['relatedHeadlines']): ArticleData {
    const { article } = p.reading;
    return {
      headline: p.headline ?? null,
      lead: article.lead,
      body: toBlocks(article.body),
      image: article.image ? { caption: article.image.caption, credit: article.image.credit } : null,
      section: article.section,
      dateline: article.dateline ? [article.dateline.place, article.dateline.agency].filter(Boolean).join(', ') : null,
      capturedAt: article.capturedAt,
      datePublished: article.datePublished,
      sourceUrl: p.input.sourceUrl ?? null,
      tags: ids(resolved.tags),
      people: ids(resolved.people),
      organizations: ids(resolved.organizations),
      relatedHeadlines,
      source: {
        fileName: p.input.fileName ?? null,
        sha256: sha256(typeof p.input.text === 'string' ? Buffer.from(p.input.text, 'utf8') : p.input.text),
        rawText: p.text,
        importerVersion: IMPORTER_VERSION,
        readerVersion: reader.version,
        importedAt: new Date().toISOString(),
        diagnostics: p.reading.diagnostics,
      },
    };
  }

  const quoteRowsOf = (p: Prepared, resolved: Resolved): QuoteRow[] =>
    p.reading.quotes.map((quote, position) => {
      const speaker = quote.speaker;
      return {
        text: quote.text,
        label: quoteLabel(quote.text, speakerWords(speaker)),
        kind: quote.kind,
        cue: quote.cue,
        position,
        line: quote.position.start.line,
        column: quote.position.start.column,
        startOffset: quote.position.start.offset!,
        endOffset: quote.position.end.offset!,
        speaker: speaker && 'name' in speaker ? resolved.personIds.get(speaker.name) ?? null : null,
        speakerOrganization:
          speaker && 'organization' in speaker ? resolved.organizationIds.get(foldName(speaker.organization)) ?? null : null,
        speakerDescription: speaker && 'anonymous' in speaker ? speaker.description : null,
      };
    });

  /** What the importer writes of an article, as the fingerprint of its import record sees it. */
  const snapshotOf = (p: Prepared, resolved: Resolved): ArticleSnapshot => {
    const data = articleDataOf(p, resolved, []);
    return {
      ...(data as unknown as ArticleSnapshot),
      image: data.image ? { ...(data.image as { caption: string | null; credit: string | null }), file: null } : null,
      relatedHeadlines: p.reading.article.relatedHeadlines,
      quotes: quoteRowsOf(p, resolved),
    };
  };

  /** The import record of a source once its article is written. */
  const recordOf = (p: Prepared, articleDocumentId: string, resolved: Resolved) => ({
    contentHash: p.identity.contentHash,
    fingerprint: p.identity.fingerprint,
    fileName: p.input.fileName ?? null,
    articleDocumentId,
    headline: p.headline ?? null,
    suppliedHeadline: p.input.headline?.trim() || null,
    readerVersion: reader.version,
    written: writtenOf(snapshotOf(p, resolved)),
  });

  /**
   * Writes new articles (one, or a batch), their entities already resolved: the sources
   * claimed, the articles, their related headlines both ways, their quotes. A handful of
   * statements whatever the number of articles. Runs inside the caller's transaction.
   */
  async function writeNew(docs: Array<{ p: Prepared; resolved: Resolved; record: ImportedRecord | null }>, rowIds: Map<string, number>) {
    const articleIds = docs.map(() => createId());
    // Claim the sources first: a concurrent import of the same document fails here, on the
    // unique index, and is retried as a re-import.
    const unclaimed = docs.flatMap(({ p, record, resolved }, i) => (record ? [] : [{ p, resolved, articleId: articleIds[i] }]));
    if (unclaimed.length > 0) {
      await strapi.db.query(IMPORTED).createMany({
        data: unclaimed.map(({ p, resolved, articleId }) => ({
          documentId: createId(),
          sourceKey: p.identity.sourceKey,
          sourceUrl: p.input.sourceUrl ?? null,
          ...recordOf(p, articleId, resolved),
        })),
      });
    }

    const related = await linkRelatedHeadlines(
      docs.map(({ p }, i) => ({ documentId: articleIds[i], headline: p.headline, related: p.reading.article.relatedHeadlines })),
      rowIds,
    );
    // The published versions are written with the drafts, before the quotes: the quote writer
    // then writes their published rows itself. And before the articles that cite these are
    // updated: their published versions link to published versions.
    const created = await articleWriter().createArticles(
      docs.map(({ p, resolved }, i) => ({ documentId: articleIds[i], data: articleDataOf(p, resolved, related[i]), publish: p.willPublish })),
      rowIds,
    );
    await backlinkRelatedHeadlines(
      docs.flatMap(({ p }, i) => (p.headline ? [{ headline: p.headline, articleId: articleIds[i] }] : [])),
      new Set(articleIds),
    );
    const quoteIds = await quoteWriter().insertMany(
      docs.map(({ p, resolved }, i) => ({
        article: { documentId: articleIds[i], draftRowId: created[i].id, publishedRowId: created[i].publishedId ?? undefined, created: true },
        quotes: quoteRowsOf(p, resolved),
        published: p.willPublish,
      })),
      { rowIds },
    );
    // A source imported before whose article has been deleted since: its record points at the new one.
    for (const [i, { p, record, resolved }] of docs.entries()) {
      if (record) await strapi.db.query(IMPORTED).updateMany({ where: { sourceKey: p.identity.sourceKey }, data: recordOf(p, articleIds[i], resolved) });
    }

    return docs.map(({ p, resolved }, i): ImportOutcome => ({
      ...baseOutcome(p),
      status: 'created',
      article: { documentId: articleIds[i], headline: p.headline ?? null },
      quotes: { count: quoteIds[i].length, documentIds: quoteIds[i] },
      people: resolved.people,
      organizations: resolved.organizations,
      tags: resolved.tags,
    }));
  }

  /** One document: unchanged, updated or created; with `dryRun`, only what would be done. */
  async function importOnce(p: Prepared): Promise<ImportOutcome> {
    const record = (await strapi.db.query(IMPORTED).findOne({ where: { sourceKey: p.identity.sourceKey } })) as ImportedRecord | null;
    const existingArticle = record
      ? await strapi.documents(ARTICLE).findOne({ documentId: record.articleDocumentId, fields: ['headline'] })
      : null;

    if (record && existingArticle && record.fingerprint === p.identity.fingerprint) {
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
        ...baseOutcome(p),
        status: 'unchanged',
        published: published > 0,
        draftReasons: published > 0 ? [] : p.draftReasons,
        article: { documentId: record.articleDocumentId, headline: existingArticle.headline ?? null },
        quotes: { count: quotes.length, documentIds: quotes.map((q) => q.documentId) },
        people: [],
        organizations: [],
        tags: [],
      };
    }

    const resolver = entities().session(Boolean(p.input.dryRun));
    await resolver.preload({ organizations: p.reading.organizations, people: p.reading.people, tags: p.reading.article.tags });
    const resolved = await resolveEntities(resolver, p.reading);
    await resolver.flush();

    if (p.input.dryRun) {
      return {
        ...baseOutcome(p),
        status: existingArticle ? 'updated' : 'created',
        article: { documentId: existingArticle ? record!.articleDocumentId : null, headline: p.headline },
        quotes: { count: p.reading.quotes.length, documentIds: [] },
        people: resolved.people,
        organizations: resolved.organizations,
        tags: resolved.tags,
      };
    }
    const rowIds = resolver.rowIds();
    if (!existingArticle) return (await writeNew([{ p, resolved, record }], rowIds))[0];

    // A changed text of a source imported before: the article keeps its documentId, the new
    // reading replaces the old one, and the old quotes go, whatever their status.
    const articleId = record!.articleDocumentId;
    const [related] = await linkRelatedHeadlines([{ documentId: articleId, headline: p.headline, related: p.reading.article.relatedHeadlines }], rowIds);
    const oldQuotes = await strapi.documents(QUOTE).findMany({ filters: { article: { documentId: articleId } }, fields: ['id'] });
    for (const quote of oldQuotes) await strapi.documents(QUOTE).delete({ documentId: quote.documentId });
    await strapi.documents(ARTICLE).update({ documentId: articleId, data: articleDataOf(p, resolved, related) as never });
    if (p.willPublish) await strapi.documents(ARTICLE).publish({ documentId: articleId });
    // A re-import that must stay a draft takes the old version off the public site.
    else await strapi.documents(ARTICLE).unpublish({ documentId: articleId });
    if (p.headline) await backlinkRelatedHeadlines([{ headline: p.headline, articleId }], new Set([articleId]));
    const [quoteIds] = await quoteWriter().insertMany(
      [{ article: { documentId: articleId }, quotes: quoteRowsOf(p, resolved), published: p.willPublish }],
      { rowIds },
    );
    await strapi.db.query(IMPORTED).updateMany({ where: { sourceKey: p.identity.sourceKey }, data: recordOf(p, articleId, resolved) });
    return {
      ...baseOutcome(p),
      status: 'updated',
      article: { documentId: articleId, headline: p.headline ?? null },
      quotes: { count: quoteIds.length, documentIds: quoteIds },
      people: resolved.people,
      organizations: resolved.organizations,
      tags: resolved.tags,
    };
  }

  /**
   * New documents of a batch, written together in the caller's transaction. A document whose
   * source is already imported (or appears twice in the batch) is left for `importOnce`: its
   * place in the answer is null.
   */
  async function importNew(batch: Prepared[]): Promise<Array<ImportOutcome | null>> {
    const records = (await strapi.db.query(IMPORTED).findMany({
      where: { sourceKey: { $in: batch.map((p) => p.identity.sourceKey) } },
      select: ['sourceKey'],
    })) as Array<{ sourceKey: string }>;
    const seen = new Set(records.map((r) => r.sourceKey));
    const fresh: Prepared[] = [];
    for (const p of batch) {
      if (seen.has(p.identity.sourceKey)) continue;
      seen.add(p.identity.sourceKey);
      fresh.push(p);
    }
    if (fresh.length === 0) return batch.map(() => null);

    const resolver = entities().session(false);
    await resolver.preload({
      organizations: fresh.flatMap((p) => p.reading.organizations),
      people: fresh.flatMap((p) => p.reading.people),
      tags: fresh.flatMap((p) => p.reading.article.tags),
    });
    const docs: Array<{ p: Prepared; resolved: Resolved; record: null }> = [];
    for (const p of fresh) docs.push({ p, resolved: await resolveEntities(resolver, p.reading), record: null });
    await resolver.flush();
    const outcomes = await writeNew(docs, resolver.rowIds());
    const written = new Map(fresh.map((p, i) => [p, outcomes[i]]));
    return batch.map((p) => written.get(p) ?? null);
  }

  /**
   * One document in its own transaction, retried when it clashes with a concurrent import, or
   * links to an entity a concurrent merge removed.
   */
  async function importPrepared(p: Prepared): Promise<ImportOutcome> {
    const { retries } = config();
    for (let attempt = 0; ; attempt += 1) {
      try {
        if (p.input.dryRun) return await importOnce(p);
        return await strapi.db.transaction(() => importOnce(p));
      } catch (error) {
        if (attempt < retries && (isUniqueViolation(error) || isForeignKeyViolation(error))) continue;
        throw error;
      }
    }
  }

  /**
   * Related headlines point at the articles that carry them: one imported before (found in
   * the database), else an earlier article of the same batch. The draft rows found are added
   * to `rowIds`, which the article writer links by.
   */
  async function linkRelatedHeadlines(
    articles: Array<{ documentId: string; headline: string | null; related: string[] }>,
    rowIds: Map<string, number>,
  ): Promise<Array<ArticleData['relatedHeadlines']>> {
    const wanted = articles.flatMap((a) => a.related);
    const targets = wanted.length > 0 ? await articlesHeadlined(wanted) : [];
    for (const target of targets) rowIds.set(target.documentId, target.id);
    return articles.map(({ documentId, related }) =>
      related.map((headline) => ({
        headline,
        article:
          targets.find((t) => sameHeadline(t.headline, headline))?.documentId ??
          articles.find((other) => other.documentId !== documentId && other.headline && sameHeadline(other.headline, headline))?.documentId ??
          null,
      })),
    );
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
   * The other side: articles imported earlier whose related headlines name one of the new ones
   * now point at it (the first that carries it). Their draft is updated, and their published
   * version too when they have one. `written` are the articles just written, left alone here.
   */
  async function backlinkRelatedHeadlines(headlines: Array<{ headline: string; articleId: string }>, written: Set<string>) {
    if (headlines.length === 0) return;
    const related = tableOf(strapi, 'news.related-headline');
    const articles = tableOf(strapi, ARTICLE);
    const candidates = (await inTransaction(strapi, (table) =>
      table(`${articles}_cmps`)
        .join(articles, `${articles}.id`, `${articles}_cmps.entity_id`)
        .join(related, `${related}.id`, `${articles}_cmps.cmp_id`)
        .distinct({ documentId: `${articles}.document_id` })
        .where(`${articles}_cmps.component_type`, 'news.related-headline')
        .whereNull(`${articles}.published_at`)
        .whereNotIn(`${articles}.document_id`, [...written])
        .whereIn(
          strapi.db.connection.raw('lower(??)', [`${related}.headline`]),
          [...new Set(headlines.flatMap(({ headline }) => headlineVariants(headline)))],
        ),
    )) as Array<{ documentId: string }>;
    if (candidates.length === 0) return;
    const citing = await strapi.documents(ARTICLE).findMany({
      filters: { documentId: { $in: candidates.map((c) => c.documentId) } },
      populate: { relatedHeadlines: { populate: { article: { fields: ['documentId'] } } } },
      fields: ['documentId'],
    });
    for (const article of citing) {
      const before = (article as { relatedHeadlines?: RelatedHeadline[] }).relatedHeadlines ?? [];
      const after = before.map((r) => ({
        headline: r.headline,
        article: r.article?.documentId ?? headlines.find(({ headline }) => sameHeadline(r.headline, headline))?.articleId ?? null,
      }));
      // Already pointing elsewhere: nothing to change.
      if (after.every((r, i) => r.article === (before[i].article?.documentId ?? null))) continue;
      const wasPublished = await strapi.documents(ARTICLE).count({ filters: { documentId: article.documentId }, status: 'published' });
      await strapi.documents(ARTICLE).update({ documentId: article.documentId, data: { relatedHeadlines: after } as never });
      if (wasPublished > 0) await strapi.documents(ARTICLE).publish({ documentId: article.documentId });
    }
  }

  return {
    /** The reader in use and its version. */
    reader: () => reader,

    /**
     * Reads with another reader from now on (none: the reader again). A test hook: it is how the
     * tests stand for an older or newer reader.
     */
    useReader(other?: ReaderInUse) {
      reader = other ?? THE_READER;
    },

    /** The importer's own steps, for the re-read (services/reread.ts): it writes what an import writes. */
    steps: {
      prepare: (input: ImportInput) => prepare(input),
      resolveEntities,
      articleDataOf,
      quoteRowsOf,
      snapshotOf,
      linkRelatedHeadlines,
      backlinkRelatedHeadlines,
    },

    /** Reads a document without writing anything: the reading and whether it can be imported. */
    check(input: Pick<ImportInput, 'text' | 'fileName' | 'headline'>) {
      const reading = reader.read(input.text);
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
      return importPrepared(prepare(input));
    },

    /**
     * Imports several documents, as `importDocument` would one after another, but the new ones
     * together: one transaction and a handful of statements for the whole batch, where one
     * document alone takes about twenty. Each document is still all or nothing: when anything
     * in the batch fails (a clash with a concurrent import, a row the database refuses), the
     * batch is rolled back and each document is imported on its own, so that a failure costs
     * only the document that caused it. Re-imports, changed texts and dry runs go one by one.
     * Answers in the order given: an outcome, or the error that document met.
     */
    async importDocuments(inputs: ImportInput[]): Promise<Array<{ outcome: ImportOutcome } | { error: unknown }>> {
      const results: Array<{ outcome: ImportOutcome } | { error: unknown }> = new Array(inputs.length);
      const prepared: Array<{ index: number; p: Prepared }> = [];
      for (const [index, input] of inputs.entries()) {
        try {
          prepared.push({ index, p: prepare(input) });
        } catch (error) {
          results[index] = { error };
        }
      }
      let alone = prepared.filter(({ p }) => p.input.dryRun);
      const together = prepared.filter(({ p }) => !p.input.dryRun);
      if (together.length > 1) {
        try {
          const written = await strapi.db.transaction(() => importNew(together.map(({ p }) => p)));
          written.forEach((outcome, i) => {
            if (outcome) results[together[i].index] = { outcome };
            else alone.push(together[i]);
          });
        } catch (error) {
          strapi.log.debug(`source-import: a batch of ${together.length} was rolled back (${(error as Error).message}); importing each on its own`);
          alone.push(...together);
        }
      } else {
        alone.push(...together);
      }
      alone = alone.sort((a, b) => a.index - b.index);
      for (const { index, p } of alone) {
        try {
          results[index] = { outcome: await importPrepared(p) };
        } catch (error) {
          results[index] = { error };
        }
      }
      return results;
    },
  };
};

/** Who a quote is said by, in words, as its label names them: a person, an organization or a description. */
const speakerWords = (speaker: Reading['quotes'][number]['speaker']): string | null => {
  if (!speaker) return null;
  if ('name' in speaker) return speaker.name;
  if ('organization' in speaker) return speaker.organization;
  return 'anonymous' in speaker ? speaker.description : null;
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
