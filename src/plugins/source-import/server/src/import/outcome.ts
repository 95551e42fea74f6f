/**
 * What an import answers, in the shapes the server writes and the admin page reads. Types only
 * (and one pure helper), no imports but the reader's types: the admin build takes this file too.
 */
import type { Diagnostic } from '../reader/types';

export type EntityAction = 'created' | 'merged' | 'unchanged';

/** A person, organization or tag the import made, merged into, or found as it was. */
export type EntityOutcome = { name: string; documentId: string | null; action: EntityAction };

/** The importer's full account of one document. */
export type ImportOutcome = {
  status: 'created' | 'updated' | 'unchanged';
  /** true when the article is (or would be) published */
  published: boolean;
  /** why the article stays a draft: the error diagnostics, or publishing was not asked */
  draftReasons: string[];
  /** the error diagnostics that keep the article a draft whatever was asked (rule, place, message) */
  blocking: string[];
  dryRun: boolean;
  article: { documentId: string | null; headline: string | null };
  quotes: { count: number; documentIds: string[] };
  people: EntityOutcome[];
  organizations: EntityOutcome[];
  tags: EntityOutcome[];
  diagnostics: Diagnostic[];
  identity: { sourceKey: string; contentHash: string };
};

/** Where an import was started from. */
export type RunOrigin = 'admin' | 'api' | 'cli' | 'startup';

/** `conflict`: a re-read found the article changed by an editor since its import, and left it. */
export type ImportStatus = 'created' | 'updated' | 'unchanged' | 'draft' | 'failed' | 'conflict';
export type EntityKind = 'article' | 'quotes' | 'people' | 'organizations' | 'tags';

/** One line of a report, of the history, of the CLI's journal. */
export type FileResult = {
  fileName: string | null;
  status: ImportStatus;
  reason?: string;
  articleDocumentId?: string | null;
  documentIds?: Partial<Record<EntityKind, string[]>>;
};

/** How many files ended in each status: the totals of a run. */
export const countByStatus = (files: ReadonlyArray<Pick<FileResult, 'status'>>): Partial<Record<ImportStatus, number>> => {
  const totals: Partial<Record<ImportStatus, number>> = {};
  for (const file of files) totals[file.status] = (totals[file.status] ?? 0) + 1;
  return totals;
};
