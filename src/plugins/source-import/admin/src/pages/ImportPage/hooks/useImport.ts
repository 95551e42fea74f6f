import * as React from 'react';
import { useSourceImportApi, type BackgroundRun, type ImportItem, type ImportOptions, type ImportRun, type SourceDocument } from '../../../api';
import { errorMessage } from '../../../utils/errors';
import type { Draft } from './useDrafts';

/** What came back from an import or a dry run, beside the drafts it was made from. */
export type ImportReport = {
  dryRun: boolean;
  runId: number | null;
  items: Array<ImportItem & { draftId: string }>;
};

/**
 * A background run the page follows: its id and the drafts it was sent from, in order. Kept in
 * the page's memory, so that a reload follows it on.
 */
export type BackgroundMemory = { runId: number; draftIds: string[]; dryRun: boolean };

/**
 * From this many documents on, an import is a background run: the documents are sent, the
 * server imports them batch by batch, and the page follows its progress (an import of a few
 * documents answers at once, with each document's full outcome).
 */
export const BACKGROUND_FROM = 11;
/** A background run's documents go in requests of at most this many documents and characters. */
const PART_DOCUMENTS = 50;
const PART_CHARACTERS = 3_000_000;
const POLL_MS = 1000;

const toDocument = (d: Draft): SourceDocument => ({ text: d.text, fileName: d.fileName, headline: d.headline.trim() || null });

/** The drafts in parts a request can carry. */
export function inParts(drafts: Draft[], maxDocuments = PART_DOCUMENTS, maxCharacters = PART_CHARACTERS): Draft[][] {
  const parts: Draft[][] = [];
  let part: Draft[] = [];
  let size = 0;
  for (const draft of drafts) {
    if (part.length > 0 && (part.length >= maxDocuments || size + draft.text.length > maxCharacters)) {
      parts.push(part);
      part = [];
      size = 0;
    }
    part.push(draft);
    size += draft.text.length;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** A finished background run as the page's report: its lines beside the drafts they came from. */
const reportOf = (run: ImportRun, memory: BackgroundMemory): ImportReport => ({
  dryRun: memory.dryRun,
  runId: run.id,
  items: (run.files ?? []).map((item, i) => ({ ...item, draftId: memory.draftIds[i] ?? '' })),
});

export function useImport({
  onDone,
  initialReport = null,
  initialBackground = null,
}: { onDone?: (report: ImportReport) => void; initialReport?: ImportReport | null; initialBackground?: BackgroundMemory | null } = {}) {
  const api = useSourceImportApi();
  const [isSending, setIsSending] = React.useState(false);
  const [report, setReport] = React.useState<ImportReport | null>(initialReport);
  const [error, setError] = React.useState<string | null>(null);
  const [background, setBackground] = React.useState<BackgroundMemory | null>(initialBackground);
  const [progress, setProgress] = React.useState<BackgroundRun | null>(null);

  // A background run is followed until it ends, whoever started it on this page (a reload too).
  React.useEffect(() => {
    if (!background) return;
    const controller = new AbortController();
    let timer: number | undefined;
    const poll = async () => {
      try {
        const run = await api.getRun(background.runId, controller.signal);
        if (controller.signal.aborted) return;
        setProgress({ id: run.id, state: run.state, fileCount: run.fileCount ?? 0, done: run.done ?? 0, totals: run.totals ?? {} });
        if (run.state !== 'running') {
          const next = reportOf(run, background);
          setBackground(null);
          setProgress(null);
          setReport(next);
          if (run.state === 'interrupted') setError(`The background run #${run.id} was interrupted: ${run.done ?? 0} of ${run.fileCount ?? 0} documents were done.`);
          onDone?.(next);
          return;
        }
      } catch (e) {
        if (controller.signal.aborted) return;
        setError(errorMessage(e));
      }
      timer = window.setTimeout(poll, POLL_MS);
    };
    poll();
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [api, background, onDone]);

  const runInBackground = React.useCallback(
    async (drafts: Draft[], options: ImportOptions) => {
      const parts = inParts(drafts);
      const started = await api.startRun(parts[0].map(toDocument), { ...options, more: parts.length > 1 });
      for (const [i, part] of parts.slice(1).entries()) {
        await api.appendRun(started.id, part.map(toDocument), i < parts.length - 2);
      }
      setProgress(started);
      setBackground({ runId: started.id, draftIds: drafts.map((d) => d.id), dryRun: Boolean(options.dryRun) });
      return null;
    },
    [api],
  );

  const run = React.useCallback(
    async (drafts: Draft[], options: ImportOptions) => {
      setIsSending(true);
      setError(null);
      try {
        if (drafts.length >= BACKGROUND_FROM) {
          setReport(null);
          return await runInBackground(drafts, options);
        }
        const response = await api.importDocuments(drafts.map(toDocument), options);
        const next: ImportReport = {
          dryRun: response.meta.dryRun,
          runId: response.meta.runId,
          items: response.data.map((item, i) => ({ ...item, draftId: drafts[i]?.id ?? '' })),
        };
        setReport(next);
        onDone?.(next);
        return next;
      } catch (e) {
        setReport(null);
        setError(errorMessage(e));
        return null;
      } finally {
        setIsSending(false);
      }
    },
    [api, onDone, runInBackground],
  );

  const clear = React.useCallback(() => {
    setReport(null);
    setError(null);
  }, []);

  return { run, isImporting: isSending || background !== null, report, error, clear, background, progress };
}
