import * as React from 'react';
import { useSourceImportApi, type ImportRun, type Pagination } from '../../../api';
import { errorMessage } from '../../../utils/errors';

const PAGE_SIZE = 10;
/** How often the history is read again while a run is going. */
const FOLLOW_MS = 2000;

/** The history of imports, newest first, a page at a time. */
export function useImportRuns() {
  const api = useSourceImportApi();
  const [page, setPage] = React.useState(1);
  const [runs, setRuns] = React.useState<ImportRun[]>([]);
  const [pagination, setPagination] = React.useState<Pagination | null>(null);
  const [isLoading, setIsLoading] = React.useState(true);
  const [error, setError] = React.useState<string | null>(null);
  const [version, setVersion] = React.useState(0);

  React.useEffect(() => {
    let cancelled = false;
    setIsLoading(true);
    api
      .listRuns(page, PAGE_SIZE)
      .then((response) => {
        if (cancelled) return;
        setRuns(response.data);
        setPagination(response.meta.pagination);
        setError(null);
      })
      .catch((e) => !cancelled && setError(errorMessage(e)))
      .finally(() => !cancelled && setIsLoading(false));
    return () => {
      cancelled = true;
    };
  }, [api, page, version]);

  // While a run is going (a background run, a re-read), the page follows it.
  const going = runs.some((run) => run.state === 'running');
  React.useEffect(() => {
    if (!going) return;
    const timer = window.setTimeout(() => setVersion((v) => v + 1), FOLLOW_MS);
    return () => window.clearTimeout(timer);
  }, [going, version]);

  const pageCount = pagination ? Math.max(1, Math.ceil(pagination.total / pagination.pageSize)) : 1;
  const refresh = React.useCallback(() => {
    setPage(1);
    setVersion((v) => v + 1);
  }, []);

  /** Starts a re-read of the archive with the current reader (in the background), then shows it. */
  const [rereadError, setRereadError] = React.useState<string | null>(null);
  const reread = React.useCallback(
    async (dryRun: boolean) => {
      setRereadError(null);
      try {
        await api.startReread(dryRun);
        refresh();
      } catch (e) {
        setRereadError(errorMessage(e));
      }
    },
    [api, refresh],
  );

  return { runs, pagination, page, pageCount, setPage, isLoading, error: error ?? rereadError, refresh, reread };
}
