import * as React from 'react';
import { useSourceImportApi, type ImportItem, type ImportOptions } from '../../../api';
import { errorMessage } from '../../../utils/errors';
import type { Draft } from './useDrafts';

/** What came back from an import or a dry run, beside the drafts it was made from. */
export type ImportReport = {
  dryRun: boolean;
  runId: number | null;
  items: Array<ImportItem & { draftId: string }>;
};

export function useImport({ onDone, initialReport = null }: { onDone?: (report: ImportReport) => void; initialReport?: ImportReport | null } = {}) {
  const api = useSourceImportApi();
  const [isImporting, setIsImporting] = React.useState(false);
  const [report, setReport] = React.useState<ImportReport | null>(initialReport);
  const [error, setError] = React.useState<string | null>(null);

  const run = React.useCallback(
    async (drafts: Draft[], options: ImportOptions) => {
      setIsImporting(true);
      setError(null);
      try {
        const response = await api.importDocuments(
          drafts.map((d) => ({ text: d.text, fileName: d.fileName, headline: d.headline.trim() || null })),
          options,
        );
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
        setIsImporting(false);
      }
    },
    [api, onDone],
  );

  const clear = React.useCallback(() => {
    setReport(null);
    setError(null);
  }, []);

  return { run, isImporting, report, error, clear };
}
