import type { Core } from '@strapi/strapi';
import { ImportError } from '../import/errors';
import { canonicalQuote, differingFields, writtenOf, type ArticleSnapshot, type QuoteSnapshot, type Written, type WrittenField } from '../import/written';
import type { EntityOutcome } from '../import/outcome';
import { inTransaction, tableOf } from '../import/sql';
import type { Entities } from './entities';
import type { ImportedRecord, Importer } from './importer';
import type { QuoteWriter } from './quote-writer';
import { failureOf, type BatchOptions, type RunHooks, type RunLine, type Runner } from './runner';

const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const IMPORTED = 'plugin::source-import.imported-document';

/**
 * An article imported before the importer kept what it wrote (`written` is null) counts as
 * untouched when nothing of it was saved more than this long after its import: the import
 * writes the article and its quotes within moments of `source.importedAt`. An editor's save is
 * later; so is an import that linked one of its related headlines since (reported as a conflict:
 * the safe side).
 */
export const IMPORT_WINDOW_MS = 10_000;

export type RereadStatus = 'updated' | 'unchanged' | 'conflict' | 'failed';

type Linked = { linked: string[]; unlinked: string[] };

/** What a re-read changes (or would) in one article. */
export type RereadChanges = {
  /** the article's own fields that change (quotes and links are counted below) */
  fields: WrittenField[];
  quotes: { added: number; removed: number; reattributed: number; changed: number };
  people: Linked;
  organizations: Linked;
  tags: Linked;
};

/** One article of a re-read: its line in the history (`result`) and the report's details. */
export type RereadLine = RunLine & {
  article: { documentId: string | null; headline: string | null; fileName: string | null };
  readerVersion: { before: string | null; after: string };
  changes?: RereadChanges;
  /** a conflict: the fields an editor changed since the import */
  edited?: WrittenField[];
  /** imported before fingerprints were kept: this re-read took the article as it stood for what the import wrote */
  backfilled?: boolean;
};

/** The article as it stands (its draft, the latest edit), with what the fingerprint compares. */
type Current = {
  documentId: string;
  headline: string | null;
  slug: string | null;
  published: boolean;
  updatedAt: unknown;
  source: { fileName?: string | null; rawText?: string | null; importedAt?: string | null; [key: string]: unknown } | null;
  snapshot: ArticleSnapshot;
  quotes: Array<QuoteSnapshot & { documentId: string; updatedAt: unknown }>;
  names: Map<string, string>;
};

const EMPTY_CHANGES = (): RereadChanges => ({
  fields: [],
  quotes: { added: 0, removed: 0, reattributed: 0, changed: 0 },
  people: { linked: [], unlinked: [] },
  organizations: { linked: [], unlinked: [] },
  tags: { linked: [], unlinked: [] },
});

/** A quote's place in the page: what two readings of one page are matched by. */
const placeOf = (q: { text: string; startOffset: number | null }) => `${q.startOffset}:${q.text}`;
const speakerOf = (q: QuoteSnapshot) => JSON.stringify([q.speaker, q.speakerOrganization, q.speakerDescription ?? null]);

/**
 * Re-reads the stored source of imported articles with the current reader and applies the new
 * reading where no editor changed the article since its import (services/runner.ts runs it).
 */
const reread = ({ strapi }: { strapi: Core.Strapi }) => {
  const importer = (): Importer => strapi.plugin('source-import').service('importer');
  const entities = (): Entities => strapi.plugin('source-import').service('entities');
  const quoteWriter = (): QuoteWriter => strapi.plugin('source-import').service('quote-writer');
  const runner = (): Runner => strapi.plugin('source-import').service('runner');

  async function readCurrent(documentId: string): Promise<Current | null> {
    const draft = (await strapi.documents(ARTICLE).findOne({
      documentId,
      status: 'draft',
      populate: {
        image: { populate: { file: true } },
        relatedHeadlines: true,
        tags: { fields: ['name'] },
        people: { fields: ['name'] },
        organizations: { fields: ['name'] },
        source: true,
      },
    } as never)) as Record<string, any> | null;
    if (!draft) return null;
    const quotes = (await strapi.documents(QUOTE).findMany({
      filters: { article: { documentId } },
      status: 'draft',
      sort: 'position:asc',
      populate: { speaker: { fields: ['name'] }, speakerOrganization: { fields: ['name'] } },
    } as never)) as Array<Record<string, any>>;
    const published = (await strapi.documents(ARTICLE).count({ filters: { documentId }, status: 'published' } as never)) > 0;
    const names = new Map<string, string>();
    for (const entity of [...(draft.tags ?? []), ...(draft.people ?? []), ...(draft.organizations ?? [])]) names.set(entity.documentId, entity.name);
    const quoteSnapshots = quotes.map((q) => ({
      documentId: q.documentId as string,
      updatedAt: q.updatedAt,
      text: q.text,
      kind: q.kind ?? null,
      cue: q.cue ?? null,
      speaker: q.speaker?.documentId ?? null,
      speakerOrganization: q.speakerOrganization?.documentId ?? null,
      speakerDescription: q.speakerDescription ?? null,
      position: q.position,
      startOffset: q.startOffset ?? null,
      endOffset: q.endOffset ?? null,
    }));
    return {
      documentId,
      headline: draft.headline ?? null,
      slug: draft.slug ?? null,
      published,
      updatedAt: draft.updatedAt,
      source: draft.source ?? null,
      names,
      quotes: quoteSnapshots,
      snapshot: {
        headline: draft.headline,
        lead: draft.lead,
        body: draft.body,
        image: draft.image ? { caption: draft.image.caption, credit: draft.image.credit, file: draft.image.file?.id ?? null } : null,
        section: draft.section,
        dateline: draft.dateline,
        capturedAt: draft.capturedAt,
        datePublished: draft.datePublished,
        sourceUrl: draft.sourceUrl,
        tags: (draft.tags ?? []).map((t: { documentId: string }) => t.documentId),
        people: (draft.people ?? []).map((p: { documentId: string }) => p.documentId),
        organizations: (draft.organizations ?? []).map((o: { documentId: string }) => o.documentId),
        relatedHeadlines: (draft.relatedHeadlines ?? []).map((r: { headline: string }) => r.headline),
        quotes: quoteSnapshots,
      },
    };
  }

  /**
   * For an article imported before the importer kept what it wrote: when it was saved after its
   * import (by an editor, most likely), in words; null when nothing was.
   */
  function savedSinceImport(current: Current): string | null {
    const importedAt = new Date(current.source?.importedAt ?? NaN).getTime();
    if (Number.isNaN(importedAt)) return 'its import time is unknown';
    const later = (at: unknown) => at && new Date(at as string).getTime() - importedAt > IMPORT_WINDOW_MS;
    if (later(current.updatedAt)) return `saved at ${new Date(current.updatedAt as string).toISOString()}, after its import`;
    const quote = current.quotes.find((q) => later(q.updatedAt));
    if (quote) return `a quote saved at ${new Date(quote.updatedAt as string).toISOString()}, after its import`;
    return null;
  }

  /** Entities a dry resolution would create have no documentId yet: they are named instead, so they still count. */
  function placeholders(resolved: Awaited<ReturnType<Importer['steps']['resolveEntities']>>) {
    const named = (kind: string, outcomes: EntityOutcome[]) =>
      outcomes.map((o) => ({ ...o, documentId: o.documentId ?? `new:${kind}:${o.name}` }));
    const organizationIds = new Map([...resolved.organizationIds].map(([key, id]) => [key, id ?? `new:organization:${key}`]));
    const personIds = new Map([...resolved.personIds].map(([name, id]) => [name, id ?? `new:person:${name}`]));
    return {
      ...resolved,
      organizations: named('organization', resolved.organizations),
      people: named('person', resolved.people),
      tags: named('tag', resolved.tags),
      organizationIds,
      personIds,
    };
  }

  /** What going from `before` to `after` changes, in an editor's words. */
  function changesBetween(current: Current, after: ArticleSnapshot, names: Map<string, string>): RereadChanges {
    const changes = EMPTY_CHANGES();
    const fields = differingFields(writtenOf(current.snapshot), writtenOf(after));
    changes.fields = fields.filter((f) => !['quotes', 'people', 'organizations', 'tags'].includes(f));
    const nameOf = (id: string) => names.get(id) ?? current.names.get(id) ?? id.replace(/^new:\w+:/, '');
    for (const kind of ['people', 'organizations', 'tags'] as const) {
      const was = new Set(current.snapshot[kind]);
      const now = new Set(after[kind]);
      changes[kind] = {
        linked: [...now].filter((id) => !was.has(id)).map(nameOf),
        unlinked: [...was].filter((id) => !now.has(id)).map(nameOf),
      };
    }
    const old = new Map<string, QuoteSnapshot[]>();
    for (const q of current.snapshot.quotes) old.set(placeOf(q), [...(old.get(placeOf(q)) ?? []), q]);
    for (const q of after.quotes) {
      const match = old.get(placeOf(q))?.shift();
      if (!match) changes.quotes.added += 1;
      else if (speakerOf(match) !== speakerOf(q)) changes.quotes.reattributed += 1;
      else if (JSON.stringify(canonicalQuote(match)) !== JSON.stringify(canonicalQuote(q))) changes.quotes.changed += 1;
    }
    changes.quotes.removed = [...old.values()].reduce((n, left) => n + left.length, 0);
    return changes;
  }

  /** The new reading written over the article: what an import writes, keeping documentId, slug and published state. */
  async function apply(record: ImportedRecord, current: Current, p: ReturnType<Importer['steps']['prepare']>) {
    const { steps } = importer();
    const resolver = entities().session(false);
    await resolver.preload({ organizations: p.reading.organizations, people: p.reading.people, tags: p.reading.article.tags });
    const resolved = await steps.resolveEntities(resolver, p.reading);
    await resolver.flush();
    const rowIds = resolver.rowIds();
    const articleId = record.articleDocumentId;
    const [related] = await steps.linkRelatedHeadlines([{ documentId: articleId, headline: p.headline, related: p.reading.article.relatedHeadlines }], rowIds);

    // Quotes the new reading has exactly as they are stay (and keep their documentId); the others go, the new ones come.
    const rows = steps.quoteRowsOf(p, resolved);
    const pool = new Map<string, Array<Current['quotes'][number]>>();
    for (const q of current.quotes) {
      const key = JSON.stringify(canonicalQuote(q));
      pool.set(key, [...(pool.get(key) ?? []), q]);
    }
    const kept = new Set<string>();
    const added = rows.filter((row) => {
      const match = pool.get(JSON.stringify(canonicalQuote(row)))?.shift();
      if (match) kept.add(match.documentId);
      return !match;
    });
    for (const quote of current.quotes) {
      if (!kept.has(quote.documentId)) await strapi.documents(QUOTE).delete({ documentId: quote.documentId });
    }

    const data = steps.articleDataOf(p, resolved, related);
    const source = data.source as Record<string, unknown>;
    await strapi.documents(ARTICLE).update({
      documentId: articleId,
      data: {
        ...data,
        slug: current.slug,
        // the import's own account stays (file, time); the reading's is the new one
        source: {
          ...source,
          fileName: current.source?.fileName ?? source.fileName,
          sha256: current.source?.sha256 ?? source.sha256,
          importedAt: current.source?.importedAt ?? source.importedAt,
        },
      } as never,
    });
    if (current.published) await strapi.documents(ARTICLE).publish({ documentId: articleId });
    if (p.headline) await steps.backlinkRelatedHeadlines([{ headline: p.headline, articleId }], new Set([articleId]));
    await quoteWriter().insertMany([{ article: { documentId: articleId }, quotes: added, published: current.published }], { rowIds });
  }

  /**
   * On PostgreSQL, the article's draft row is locked before it is read: an editor's save that is
   * under way is waited for (and then seen), and one that comes later waits for the re-read, so
   * that neither overwrites the other unseen. (SQLite has one writer at a time anyway.)
   */
  async function lockArticle(documentId: string) {
    const client = (strapi.db as unknown as { config?: { connection?: { client?: string } } }).config?.connection?.client;
    if (client !== 'postgres') return;
    await inTransaction(strapi, (table) =>
      table(tableOf(strapi, ARTICLE)).select('id').where({ document_id: documentId }).whereNull('published_at').forUpdate(),
    );
  }

  /** Re-reads one imported article: all of it or nothing. */
  async function rereadOne(recordId: number, { dryRun }: { dryRun: boolean }): Promise<RereadLine> {
    const { steps, reader } = importer();
    const version = reader().version;
    const work = async (): Promise<RereadLine> => {
      const record = (await strapi.db.query(IMPORTED).findOne({ where: { id: recordId } })) as ImportedRecord | null;
      const article = { documentId: record?.articleDocumentId ?? null, headline: null as string | null, fileName: record?.fileName ?? null };
      const line = (status: RereadStatus, extra: Partial<RereadLine> = {}, reason?: string): RereadLine => ({
        article,
        readerVersion: { before: record?.readerVersion ?? null, after: version },
        ...extra,
        result: {
          fileName: article.fileName,
          status,
          ...(reason ? { reason } : {}),
          articleDocumentId: article.documentId,
        },
      });
      if (!record) return line('failed', {}, 'the import record is gone');
      if (!dryRun) await lockArticle(record.articleDocumentId);
      const current = await readCurrent(record.articleDocumentId);
      if (!current) return line('failed', {}, 'the article was deleted');
      article.headline = current.headline;
      if (!current.source?.rawText) return line('failed', {}, 'the article has no stored source to read');

      const standing = writtenOf(current.snapshot);
      let written: Written | null = record.written;
      let backfilled = false;
      if (!written) {
        const saved = savedSinceImport(current);
        if (saved) return line('conflict', { edited: [] }, `imported before edits were tracked, and ${saved}: left as it is`);
        written = standing;
        backfilled = true;
      }
      const edited = differingFields(written, standing);

      let p: ReturnType<Importer['steps']['prepare']>;
      try {
        p = steps.prepare({
          text: current.source.rawText,
          fileName: record.fileName,
          sourceUrl: record.sourceUrl,
          headline: record.suppliedHeadline,
          publish: current.published,
        });
      } catch (error) {
        if (error instanceof ImportError) return line('failed', {}, `the new reading refuses the page: ${error.message}`);
        throw error;
      }
      // What the new reading would be, entities found but none created yet.
      const dry = entities().session(true);
      await dry.preload({ organizations: p.reading.organizations, people: p.reading.people, tags: p.reading.article.tags });
      const resolved = placeholders(await steps.resolveEntities(dry, p.reading));
      const next = steps.snapshotOf(p, resolved as never);
      const names = new Map([...resolved.people, ...resolved.organizations, ...resolved.tags].map((o) => [o.documentId, o.name]));
      const changes = changesBetween(current, next, names);
      const differs = differingFields(standing, writtenOf(next));

      if (edited.length > 0) {
        return line('conflict', { edited, changes }, `changed by an editor since its import (${edited.join(', ')}): left as it is`);
      }
      if (differs.length === 0) {
        // The same reading: only the record catches up (the reader's version, a fingerprint for an older import).
        if (!dryRun && (backfilled || record.readerVersion !== version)) {
          await strapi.db.query(IMPORTED).update({ where: { id: record.id }, data: { written: standing, readerVersion: version } });
        }
        return line('unchanged', { ...(backfilled ? { backfilled } : {}) });
      }
      if (current.published && !p.willPublish) {
        return line('failed', { changes }, `the new reading could not be published (${p.blocking[0]}): the published article keeps its reading`);
      }
      const summary = describeChanges(changes);
      if (dryRun) return line('updated', { changes, ...(backfilled ? { backfilled } : {}) }, summary);

      await apply(record, current, p);
      const after = await readCurrent(record.articleDocumentId);
      await strapi.db.query(IMPORTED).update({
        where: { id: record.id },
        data: { written: writtenOf(after!.snapshot), readerVersion: version, headline: after!.headline },
      });
      article.headline = after!.headline;
      return line('updated', { changes, ...(backfilled ? { backfilled } : {}) }, summary);
    };
    return dryRun ? work() : strapi.db.transaction(work);
  }

  /** The import records to re-read, in the order they were made. */
  async function records(): Promise<number[]> {
    const rows = (await strapi.db.query(IMPORTED).findMany({ select: ['id'], orderBy: { id: 'asc' } })) as Array<{ id: number }>;
    return rows.map((r) => r.id);
  }

  /** The line of an article that could not be re-read: the reason, the error itself in the log. */
  const failedLine = (id: number, error: unknown, version = importer().reader().version): RereadLine => ({
    article: { documentId: null, headline: null, fileName: null },
    readerVersion: { before: null, after: version },
    result: { fileName: null, status: 'failed', reason: failureOf(strapi, `the article of import record ${id}`, error).message },
  });

  /** Re-reads a batch of import records, one article after the other, each all or nothing. */
  async function rereadBatch(ids: number[], { dryRun }: { dryRun: boolean }): Promise<RereadLine[]> {
    const version = importer().reader().version;
    const lines: RereadLine[] = [];
    for (const id of ids) {
      try {
        lines.push(await rereadOne(id, { dryRun }));
      } catch (error) {
        lines.push(failedLine(id, error, version));
      }
    }
    return lines;
  }

  return {
    rereadOne,
    rereadBatch,
    failedLine,
    records,

    /**
     * Re-reads every imported article through the runner, as one run of the history (with the
     * reader's version after, and the versions before): a batch of articles at a time, each in
     * its own transaction. The hooks are the caller's (the CLI's journal and progress).
     */
    async rereadAll(
      options: Pick<BatchOptions, 'origin' | 'startedBy' | 'dryRun'> & { batchSize?: number; concurrency?: number },
      hooks: RunHooks<number, RereadLine> = {},
    ) {
      const version = importer().reader().version;
      const items = await records();
      const dryRun = Boolean(options.dryRun);
      const report = await runner().run({
        items,
        load: (id: number) => id,
        process: (batch: number[]) => rereadBatch(batch, { dryRun }),
        failLine: (id: number, error: unknown) => failedLine(id, error, version),
        batchSize: options.batchSize ?? 10,
        concurrency: options.concurrency ?? 1,
        history: {
          mode: 'always',
          run: { origin: options.origin, startedBy: options.startedBy, dryRun, kind: 'reread', readerVersion: version },
          finishWith: (lines) => ({ readerVersionsBefore: versionsBefore(lines) }),
        },
        hooks,
      });
      return { ...report, version, total: items.length };
    },
  };
};

/** How many articles each reader version had read (`unknown`: before versions were kept). */
export const versionsBefore = (lines: ReadonlyArray<{ readerVersion: Pick<RereadLine['readerVersion'], 'before'> }>) => {
  const counts: Record<string, number> = {};
  for (const { readerVersion } of lines) {
    const key = readerVersion.before ?? 'unknown';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

/** A change in a few words, for the history: "headline, lead; quotes +1 −0 ~1; people +Ana Ruiz". */
export const describeChanges = (changes: RereadChanges): string => {
  const parts: string[] = [];
  if (changes.fields.length > 0) parts.push(changes.fields.join(', '));
  const { added, removed, reattributed, changed } = changes.quotes;
  if (added + removed + reattributed + changed > 0) {
    parts.push(`quotes: ${added} added, ${removed} removed, ${reattributed} re-attributed${changed ? `, ${changed} changed` : ''}`);
  }
  for (const kind of ['people', 'organizations', 'tags'] as const) {
    const { linked, unlinked } = changes[kind];
    if (linked.length + unlinked.length > 0) parts.push(`${kind}: ${[...linked.map((n) => `+${n}`), ...unlinked.map((n) => `−${n}`)].join(', ')}`);
  }
  return parts.join('; ');
};

export type Reread = ReturnType<typeof reread>;
export default reread;
