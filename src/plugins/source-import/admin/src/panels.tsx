import * as React from 'react';
import { Loader } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { PERMISSIONS } from './pluginId';

/**
 * Side panels of the Content Manager's edit view (`addEditViewSidePanel`). A panel is a
 * function of the view's context that answers `{ title, content }`, or null to stay away;
 * it may use hooks. The structural type of Strapi's `PanelComponent`.
 */
type PanelProps = { model: string; documentId?: string; collectionType: string; activeTab: 'draft' | 'published' | null };
type Panel = ((props: PanelProps) => { title: string; content: React.ReactNode } | null) & { type?: string };

const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';

// The views themselves load when a panel first shows: the admin's entry stays small.
const ArticleProvenance = React.lazy(() =>
  import('./pages/Provenance/components/ArticleProvenance').then((m) => ({ default: m.ArticleProvenance })),
);
const QuotePlace = React.lazy(() => import('./pages/Provenance/components/QuotePlace').then((m) => ({ default: m.QuotePlace })));

const Lazy = ({ children }: { children: React.ReactNode }) => (
  <React.Suspense fallback={<Loader small>…</Loader>}>{children}</React.Suspense>
);

/** The plugin's read action: without it the source (a private field) is not shown at all. */
const useCanRead = () => {
  const { allowedActions, isLoading } = useRBAC(PERMISSIONS.read);
  return !isLoading && allowedActions.canRead;
};

export const ArticleSourcePanel: Panel = ({ model, documentId }) => {
  const { formatMessage } = useIntl();
  const canRead = useCanRead();
  if (model !== ARTICLE || !documentId || !canRead) return null;
  return {
    title: formatMessage({ id: 'source-import.provenance.title', defaultMessage: 'Captured source' }),
    content: (
      <Lazy>
        <ArticleProvenance documentId={documentId} variant="panel" />
      </Lazy>
    ),
  };
};

export const QuoteSourcePanel: Panel = ({ model, documentId }) => {
  const { formatMessage } = useIntl();
  const canRead = useCanRead();
  if (model !== QUOTE || !documentId || !canRead) return null;
  return {
    title: formatMessage({ id: 'source-import.provenance.quote-title', defaultMessage: 'In the captured source' }),
    content: (
      <Lazy>
        <QuotePlace documentId={documentId} />
      </Lazy>
    ),
  };
};

export type { Panel };
