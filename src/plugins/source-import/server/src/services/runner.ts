import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { ImportError, StorageFailedError } from '../import/errors';
import type { FileResult, History, RunOrigin } from './history';
import type { ImportInput, ImportOutcome, Importer } from './importer';

export type BatchDocument = Omit<ImportInput, 'publish' | 'dryRun'>;
export type BatchOptions = { origin: RunOrigin; startedBy?: string | null; publish?: boolean; dryRun?: boolean };
export type BatchItem = { fileName: string | null; result: FileResult; outcome?: ImportOutcome; error?: ImportError };

/** Reasons listed in a line of the report; the reading has them all. */
const MAX_REASONS = 10;

/** Sums up one outcome as a line of the report: created | updated | unchanged | draft | failed. */
export const toFileResult = (fileName: string | null, outcome: ImportOutcome): FileResult => {
  // `draft`: written, but kept from publication by errors an editor must fix.
  const status = outcome.status !== 'unchanged' && !outcome.published && outcome.blocking.length > 0 ? 'draft' : outcome.status;
  const more = outcome.blocking.length - MAX_REASONS;
  return {
    fileName,
    status,
    reason:
      status === 'draft'
        ? [...outcome.blocking.slice(0, MAX_REASONS), ...(more > 0 ? [`and ${more} more`] : [])].join('; ')
        : undefined,
    articleDocumentId: outcome.article.documentId,
    documentIds: {
      article: outcome.article.documentId ? [outcome.article.documentId] : [],
      quotes: outcome.quotes.documentIds,
      people: outcome.people.filter((p) => p.action === 'created' && p.documentId).map((p) => p.documentId as string),
      organizations: outcome.organizations
        .filter((o) => o.action === 'created' && o.documentId)
        .map((o) => o.documentId as string),
      tags: outcome.tags.filter((t) => t.action === 'created' && t.documentId).map((t) => t.documentId as string),
    },
  };
};

/**
 * What a failed document is reported as. A refusal (an ImportError) says why in its own words;
 * anything else, a database error above all, whose message can be megabytes of SQL and text,
 * is logged in full under a reference and reported by that reference only.
 */
export const failureOf = (strapi: Core.Strapi, fileName: string | null, error: unknown): ImportError => {
  if (error instanceof ImportError) return error;
  const failure = new StorageFailedError(randomUUID().slice(0, 8), fileName);
  strapi.log.error(`source-import: ${fileName ?? 'a document'} could not be stored (reference ${failure.reference}): ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  return failure;
};

/**
 * Imports several documents as one run of the history (the new ones together, each all or
 * nothing; see `importDocuments`): a failed document is reported and the others go on.
 */
const runner = ({ strapi }: { strapi: Core.Strapi }) => {
  const importer = (): Importer => strapi.plugin('source-import').service('importer');
  const history = (): History => strapi.plugin('source-import').service('history');

  return {
    async importBatch(documents: BatchDocument[], options: BatchOptions) {
      // A dry run is recorded too, marked as one: an editor sees it was tried, and by whom.
      const run = await history().start(options);
      const stopBeating = history().keepAlive(run.id);
      let answers: Awaited<ReturnType<Importer['importDocuments']>>;
      try {
        answers = await importer().importDocuments(
          documents.map((document) => ({ ...document, publish: options.publish, dryRun: options.dryRun })),
        );
      } catch (error) {
        await history().finish(run.id, [], 'interrupted');
        throw error;
      } finally {
        stopBeating();
      }
      const items: BatchItem[] = answers.map((answer, i) => {
        const fileName = documents[i].fileName ?? null;
        if ('outcome' in answer) return { fileName, outcome: answer.outcome, result: toFileResult(fileName, answer.outcome) };
        const error = failureOf(strapi, fileName, answer.error);
        return { fileName, error, result: { fileName, status: 'failed', reason: error.message } };
      });
      await history().finish(run.id, items.map((i) => i.result));
      return { runId: run.id, items };
    },
  };
};

export type Runner = ReturnType<typeof runner>;
export default runner;
