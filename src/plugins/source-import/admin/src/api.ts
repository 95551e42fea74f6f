import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { Reading } from '../../server/src/reader/types';

export type {
  Article,
  Diagnostic,
  Organization,
  Person,
  Quote,
  Reading,
  Severity,
  Speaker,
} from '../../server/src/reader/types';

/** One document as the page sends it: the text itself, never a file upload. */
export type SourceDocument = {
  text: string;
  fileName?: string | null;
  headline?: string | null;
  sourceUrl?: string | null;
};

export type CheckResult = {
  fileName: string | null;
  importable: boolean;
  publishable: boolean;
  reading: Reading;
};

export type {
  EntityKind,
  EntityOutcome,
  FileResult,
  ImportOutcome,
  ImportStatus,
  RunOrigin,
} from '../../server/src/import/outcome';
import type { FileResult, ImportOutcome, ImportStatus, RunOrigin } from '../../server/src/import/outcome';
export { countByStatus } from '../../server/src/import/outcome';

/** A report line, and in a response to an import the importer's full account of it. */
export type ImportItem = FileResult & { outcome?: ImportOutcome | null };

export type ImportResponse = {
  data: ImportItem[];
  meta: { runId: number | null; dryRun: boolean };
};

export type ImportOptions = { publish?: boolean; dryRun?: boolean };


export type ImportRun = {
  id: number;
  origin: RunOrigin;
  startedBy: string | null;
  startedAt: string;
  finishedAt: string | null;
  state: 'running' | 'finished' | 'interrupted';
  dryRun: boolean;
  publish: boolean;
  kind?: 'import' | 'reread';
  totals: Partial<Record<ImportStatus, number>> | null;
  files: ImportItem[] | null;
  /** a background run: imported by the server batch by batch, `done` of `fileCount` so far */
  background?: boolean;
  fileCount?: number | null;
  done?: number;
};

/** A background run as it is stored: how far it got. */
export type BackgroundRun = Pick<ImportRun, 'id' | 'state'> & { fileCount: number; done: number; totals: Partial<Record<ImportStatus, number>> };

export type { ArticleProvenance, QuotePlace } from '../../server/src/services/provenance';
import type { ArticleProvenance } from '../../server/src/services/provenance';

/** A quote's article and place in that article's source. */
export type QuoteProvenance = {
  documentId: string;
  article: { documentId: string; headline: string | null } | null;
  line: number | null;
  column: number | null;
  startOffset: number | null;
  endOffset: number | null;
};

export type Pagination = { page: number; pageSize: number; total: number };

export type RunsResponse = { data: ImportRun[]; meta: { pagination: Pagination } };

/** The admin routes of the plugin (server/src/routes), typed. */
export const useSourceImportApi = () => {
  const { get, post } = useFetchClient();

  return React.useMemo(
    () => ({
      async check(documents: SourceDocument[], signal?: AbortSignal): Promise<CheckResult[]> {
        const { data } = await post<{ data: CheckResult[] }>('/source-import/check', { documents }, { signal });
        return data.data;
      },

      async importDocuments(documents: SourceDocument[], options: ImportOptions): Promise<ImportResponse> {
        const { data } = await post<ImportResponse>('/source-import/imports', { documents, ...options });
        return data;
      },

      /** Stores documents as a background run (`more`: others follow with `appendRun`). */
      async startRun(documents: SourceDocument[], options: ImportOptions & { more: boolean }): Promise<BackgroundRun> {
        const { data } = await post<{ data: BackgroundRun }>('/source-import/runs', { documents, ...options });
        return data.data;
      },

      async appendRun(runId: number, documents: SourceDocument[], more: boolean): Promise<BackgroundRun> {
        const { data } = await post<{ data: BackgroundRun }>(`/source-import/runs/${runId}/documents`, { documents, more });
        return data.data;
      },

      /** A re-read of the archive with the current reader, as a background run. */
      async startReread(dryRun: boolean): Promise<BackgroundRun> {
        const { data } = await post<{ data: BackgroundRun }>('/source-import/rereads', { dryRun });
        return data.data;
      },

      async getRun(runId: number, signal?: AbortSignal): Promise<ImportRun> {
        const { data } = await get<{ data: ImportRun }>(`/source-import/runs/${runId}`, { signal });
        return data.data;
      },

      async articleProvenance(documentId: string): Promise<ArticleProvenance> {
        const { data } = await get<{ data: ArticleProvenance }>(`/source-import/provenance/articles/${encodeURIComponent(documentId)}`);
        return data.data;
      },

      async quoteProvenance(documentId: string): Promise<QuoteProvenance> {
        const { data } = await get<{ data: QuoteProvenance }>(`/source-import/provenance/quotes/${encodeURIComponent(documentId)}`);
        return data.data;
      },

      async listRuns(page = 1, pageSize = 10): Promise<RunsResponse> {
        const { data } = await get<RunsResponse>('/source-import/runs', { params: { page, pageSize } });
        return data;
      },
    }),
    [get, post],
  );
};
