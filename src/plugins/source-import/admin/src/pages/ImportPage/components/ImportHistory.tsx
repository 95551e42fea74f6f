import { Badge, Box, Button, Flex, IconButton, Loader, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import type { ImportRun } from '../../../api';
import type { useImportRuns } from '../hooks/useImportRuns';
import { ContentManagerLink } from './ContentManagerLink';
import { StatusBadge, countsLabel } from './StatusBadge';

type Props = ReturnType<typeof useImportRuns> & { canReread: boolean };

/** The history of imports: who, when, which files, and the result; and the re-read of the archive. */
export const ImportHistory = ({ runs, pagination, page, pageCount, setPage, isLoading, error, refresh, reread, canReread }: Props) => {
  const { formatMessage } = useIntl();
  const rereading = runs.some((run) => run.kind === 'reread' && run.state === 'running');
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} role="region" aria-labelledby="source-import-history">
      <Flex justifyContent="space-between" paddingBottom={4}>
        <Flex gap={2}>
          <Typography variant="delta" tag="h2" id="source-import-history">
            {formatMessage({ id: 'source-import.history.title', defaultMessage: 'Import history' })}
          </Typography>
          {pagination ? <Badge>{pagination.total}</Badge> : null}
        </Flex>
        <Flex gap={2}>
          {canReread ? (
            <>
              <Button size="S" variant="tertiary" disabled={rereading} onClick={() => reread(true)}>
                {formatMessage({ id: 'source-import.history.reread-dry-run', defaultMessage: 'Re-read: dry run' })}
              </Button>
              <Button
                size="S"
                variant="secondary"
                disabled={rereading}
                onClick={() => reread(false)}
                title={formatMessage({
                  id: 'source-import.history.reread-help',
                  defaultMessage: 'Reads every imported article again with the current reader; articles an editor changed are left as they are.',
                })}
              >
                {formatMessage({ id: 'source-import.history.reread', defaultMessage: 'Re-read the archive' })}
              </Button>
            </>
          ) : null}
          <IconButton label={formatMessage({ id: 'source-import.history.refresh', defaultMessage: 'Refresh the history' })} variant="ghost" onClick={refresh}>
            <ArrowClockwise />
          </IconButton>
        </Flex>
      </Flex>
      {error ? (
        <Typography textColor="danger600">{error}</Typography>
      ) : isLoading && runs.length === 0 ? (
        <Loader small>{formatMessage({ id: 'source-import.history.loading', defaultMessage: 'Loading the history' })}</Loader>
      ) : runs.length === 0 ? (
        <Typography textColor="neutral600">
          {formatMessage({ id: 'source-import.history.empty', defaultMessage: 'Nothing has been imported yet.' })}
        </Typography>
      ) : (
        <>
          <Table colCount={5} rowCount={runs.length + 1}>
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">{formatMessage({ id: 'source-import.history.when', defaultMessage: 'When' })}</Typography></Th>
                <Th><Typography variant="sigma">{formatMessage({ id: 'source-import.history.who', defaultMessage: 'Who' })}</Typography></Th>
                <Th><Typography variant="sigma">{formatMessage({ id: 'source-import.history.files', defaultMessage: 'Files' })}</Typography></Th>
                <Th><Typography variant="sigma">{formatMessage({ id: 'source-import.history.result', defaultMessage: 'Result' })}</Typography></Th>
                <Th><Typography variant="sigma">{formatMessage({ id: 'source-import.history.state', defaultMessage: 'State' })}</Typography></Th>
              </Tr>
            </Thead>
            <Tbody>
              {runs.map((run) => (
                <RunRow key={run.id} run={run} />
              ))}
            </Tbody>
          </Table>
          {pageCount > 1 ? (
            <Flex justifyContent="flex-end" gap={2} paddingTop={4}>
              <Typography variant="pi" textColor="neutral600">
                {formatMessage({ id: 'source-import.history.page', defaultMessage: 'Page {page} of {count}' }, { page, count: pageCount })}
              </Typography>
              <Button size="S" variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {formatMessage({ id: 'source-import.history.newer', defaultMessage: 'Newer' })}
              </Button>
              <Button size="S" variant="tertiary" disabled={page >= pageCount} onClick={() => setPage(page + 1)}>
                {formatMessage({ id: 'source-import.history.older', defaultMessage: 'Older' })}
              </Button>
            </Flex>
          ) : null}
        </>
      )}
    </Box>
  );
};

const FILES_SHOWN = 5;

const RunRow = ({ run }: { run: ImportRun }) => {
  const { formatMessage, formatDate } = useIntl();
  const files = run.files ?? [];
  return (
    <Tr data-run={run.id} data-dry-run={run.dryRun}>
      <Td>
        <Flex direction="column" alignItems="flex-start">
          <Flex gap={2}>
            <Typography textColor="neutral800">{formatDate(run.startedAt, { dateStyle: 'medium', timeStyle: 'short' })}</Typography>
            {/* Nothing was written: said where the eye lands first. */}
            {run.dryRun ? (
              <Badge size="S" variant="secondary">
                {formatMessage({ id: 'source-import.history.dry-run', defaultMessage: 'dry run' })}
              </Badge>
            ) : null}
            {run.kind === 'reread' ? (
              <Badge size="S" variant="primary">
                {formatMessage({ id: 'source-import.history.kind.reread', defaultMessage: 're-read' })}
              </Badge>
            ) : null}
          </Flex>
          <Typography variant="pi" textColor="neutral500">
            {formatMessage({ id: `source-import.history.origin.${run.origin}`, defaultMessage: run.origin })}
            {run.publish ? ` · ${formatMessage({ id: 'source-import.history.publish', defaultMessage: 'publish' })}` : ''}
          </Typography>
        </Flex>
      </Td>
      <Td><Typography textColor="neutral800">{run.startedBy ?? '—'}</Typography></Td>
      <Td>
        <Files>
          {files.slice(0, FILES_SHOWN).map((file, i) => (
            <li key={i}>
              <StatusBadge status={file.status} dryRun={run.dryRun} />{' '}
              {file.articleDocumentId ? (
                <ContentManagerLink kind="article" documentId={file.articleDocumentId}>
                  {file.fileName ?? formatMessage({ id: 'source-import.documents.pasted', defaultMessage: 'Pasted text' })}
                </ContentManagerLink>
              ) : (
                <Typography textColor="neutral800" title={file.reason}>
                  {file.fileName ?? formatMessage({ id: 'source-import.documents.pasted', defaultMessage: 'Pasted text' })}
                </Typography>
              )}
            </li>
          ))}
          {files.length > FILES_SHOWN ? (
            <li>
              <Typography variant="pi" textColor="neutral500">
                {formatMessage({ id: 'source-import.history.more-files', defaultMessage: 'and {count} more' }, { count: files.length - FILES_SHOWN })}
              </Typography>
            </li>
          ) : null}
        </Files>
      </Td>
      <Td>
        <Typography variant="pi" textColor="neutral800">
          {run.totals && Object.keys(run.totals).length > 0 ? countsLabel(formatMessage, run.totals, run.dryRun) : '—'}
        </Typography>
        {run.state === 'running' && run.background ? (
          <Typography variant="pi" textColor="neutral600" tag="p" data-testid="run-progress">
            {formatMessage(
              { id: 'source-import.history.progress', defaultMessage: '{done} of {total} done' },
              { done: Object.values(run.totals ?? {}).reduce((sum, n) => sum + (n ?? 0), 0), total: run.fileCount ?? 0 },
            )}
          </Typography>
        ) : null}
      </Td>
      <Td>
        <Badge variant={run.state === 'finished' ? 'success' : run.state === 'running' ? 'primary' : 'danger'} size="S">
          {formatMessage({ id: `source-import.history.state.${run.state}`, defaultMessage: run.state })}
        </Badge>
      </Td>
    </Tr>
  );
};

const Files = styled.ul`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.spaces[1]};
  white-space: normal;
`;
