import * as React from 'react';
import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useSourceImportApi, type ImportRun } from '../api';
import { ContentManagerLink } from '../pages/ImportPage/components/ContentManagerLink';

type Waiting = { documentId: string; lead: string | null; updatedAt: string };
type State = { waiting: Waiting[]; waitingTotal: number; runs: ImportRun[] } | { error: string } | null;

/** A short form of an article without a headline: the first words of its lead. */
const untitled = (article: Waiting) => (article.lead ? `${article.lead.slice(0, 70)}${article.lead.length > 70 ? '…' : ''}` : article.documentId);

/**
 * The home page's newsroom widget: what waits for an editor (articles that cannot be published
 * for want of a headline) and the latest imports.
 */
export const NewsroomWidget = () => {
  const { formatMessage, formatDate } = useIntl();
  const { get } = useFetchClient();
  const api = useSourceImportApi();
  const [state, setState] = React.useState<State>(null);

  React.useEffect(() => {
    let live = true;
    Promise.all([
      get<{ results: Waiting[]; pagination: { total: number } }>('/content-manager/collection-types/api::article.article', {
        params: { page: 1, pageSize: 5, sort: 'updatedAt:DESC', filters: { headline: { $null: true } } },
      }),
      api.listRuns(1, 3),
    ])
      .then(([articles, runs]) => {
        if (live) setState({ waiting: articles.data.results, waitingTotal: articles.data.pagination.total, runs: runs.data });
      })
      .catch((error: Error) => live && setState({ error: error.message }));
    return () => {
      live = false;
    };
  }, [get, api]);

  if (!state) return <Loader small>{formatMessage({ id: 'source-import.widget.loading', defaultMessage: 'Loading' })}</Loader>;
  if ('error' in state) return <Typography textColor="danger600">{state.error}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="newsroom-widget">
      <Box>
        <Typography variant="sigma" tag="h3" textColor="neutral600">
          {formatMessage(
            { id: 'source-import.widget.waiting', defaultMessage: 'Waiting for a headline ({count})' },
            { count: state.waitingTotal },
          )}
        </Typography>
        {state.waiting.length === 0 ? (
          <Typography tag="p" textColor="neutral600">
            {formatMessage({ id: 'source-import.widget.none-waiting', defaultMessage: 'Every article has its headline.' })}
          </Typography>
        ) : (
          <ul>
            {state.waiting.map((article) => (
              <li key={article.documentId}>
                <ContentManagerLink kind="article" documentId={article.documentId}>
                  {untitled(article)}
                </ContentManagerLink>
              </li>
            ))}
          </ul>
        )}
      </Box>
      <Box>
        <Typography variant="sigma" tag="h3" textColor="neutral600">
          {formatMessage({ id: 'source-import.widget.latest', defaultMessage: 'Latest imports' })}
        </Typography>
        {state.runs.length === 0 ? (
          <Typography tag="p" textColor="neutral600">
            {formatMessage({ id: 'source-import.history.empty', defaultMessage: 'Nothing has been imported yet.' })}
          </Typography>
        ) : (
          <ul>
            {state.runs.map((run) => (
              <li key={run.id}>
                <Typography>
                  {formatDate(run.startedAt, { dateStyle: 'medium', timeStyle: 'short' })} · {run.startedBy ?? run.origin}
                  {run.dryRun ? ' · dry run' : ''} ·{' '}
                  {Object.entries(run.totals ?? {})
                    .map(([status, count]) => `${count} ${status}`)
                    .join(', ') || run.state}
                </Typography>
              </li>
            ))}
          </ul>
        )}
      </Box>
    </Flex>
  );
};
