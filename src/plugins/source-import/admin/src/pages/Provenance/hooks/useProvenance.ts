import * as React from 'react';
import { useSourceImportApi, type ArticleProvenance, type QuoteProvenance } from '../../../api';
import { errorMessage } from '../../../utils/errors';

type State<T> = { data: T | null; error: string | null; isLoading: boolean };

function useLoad<T>(load: (() => Promise<T>) | null): State<T> {
  const [state, setState] = React.useState<State<T>>({ data: null, error: null, isLoading: load !== null });
  React.useEffect(() => {
    if (!load) return;
    let cancelled = false;
    setState({ data: null, error: null, isLoading: true });
    load()
      .then((data) => !cancelled && setState({ data, error: null, isLoading: false }))
      .catch((e) => !cancelled && setState({ data: null, error: errorMessage(e), isLoading: false }));
    return () => {
      cancelled = true;
    };
  }, [load]);
  return state;
}

/** An article's captured source, its quotes' places and its stored diagnostics. */
export function useArticleProvenance(documentId: string | undefined) {
  const api = useSourceImportApi();
  return useLoad<ArticleProvenance>(React.useMemo(() => (documentId ? () => api.articleProvenance(documentId) : null), [api, documentId]));
}

/** A quote's article and its place in that article's source. */
export function useQuoteProvenance(documentId: string | undefined) {
  const api = useSourceImportApi();
  return useLoad<QuoteProvenance>(React.useMemo(() => (documentId ? () => api.quoteProvenance(documentId) : null), [api, documentId]));
}
