import * as React from 'react';
import { Box, Flex, IconButton, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { countByStatus, type ImportItem } from '../../../api';
import type { ImportReport } from '../hooks/useImport';
import { ContentManagerLink } from './ContentManagerLink';
import { StatusBadge, countsLabel } from './StatusBadge';

const NAMED: Array<{ kind: 'people' | 'organizations' | 'tags'; id: string; defaultMessage: string }> = [
  { kind: 'people', id: 'source-import.result.people', defaultMessage: 'People' },
  { kind: 'organizations', id: 'source-import.result.organizations', defaultMessage: 'Organizations' },
  { kind: 'tags', id: 'source-import.result.tags', defaultMessage: 'Tags' },
];

/** The outcome of an import (or a dry run), with links into the Content Manager. */
export const ImportResult = ({ report, onClose }: { report: ImportReport; onClose: () => void }) => {
  const { formatMessage } = useIntl();
  const box = React.useRef<HTMLDivElement>(null);
  // A new result is shown at the top of the page: bring it into view. (Braces: Chromium's
  // scrollIntoView returns a promise, which React would take for a clean-up function.)
  React.useEffect(() => {
    box.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [report]);
  const failed = report.items.filter((i) => i.status === 'failed').length;
  const title = report.dryRun
    ? formatMessage({ id: 'source-import.result.dry-run-title', defaultMessage: 'Dry run: nothing was written' })
    : formatMessage({ id: 'source-import.result.title', defaultMessage: 'Import finished' });

  return (
    <Box
      ref={box}
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={6}
      borderColor={failed > 0 ? 'danger200' : report.dryRun ? 'neutral200' : 'success200'}
      borderStyle="solid"
      borderWidth="1px"
      role="region"
      aria-label={title}
      data-testid="import-result"
    >
      <Flex justifyContent="space-between" alignItems="flex-start" paddingBottom={4}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="delta" tag="h2">{title}</Typography>
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(
              { id: 'source-import.result.summary', defaultMessage: '{counts}{run, select, none {} other { · run #{run}}}' },
              { counts: countsLabel(formatMessage, countByStatus(report.items), report.dryRun), run: report.runId === null ? 'none' : String(report.runId) },
            )}
          </Typography>
        </Flex>
        <IconButton label={formatMessage({ id: 'source-import.result.close', defaultMessage: 'Close the result' })} variant="ghost" onClick={onClose}>
          <Cross />
        </IconButton>
      </Flex>
      <Table colCount={4} rowCount={report.items.length + 1}>
        <Thead>
          <Tr>
            <Th><Typography variant="sigma">{formatMessage({ id: 'source-import.result.file', defaultMessage: 'Document' })}</Typography></Th>
            <Th><Typography variant="sigma">{formatMessage({ id: 'source-import.result.status', defaultMessage: 'Result' })}</Typography></Th>
            <Th><Typography variant="sigma">{formatMessage({ id: 'source-import.result.entries', defaultMessage: 'Entries' })}</Typography></Th>
            <Th><Typography variant="sigma">{formatMessage({ id: 'source-import.result.reason', defaultMessage: 'Why' })}</Typography></Th>
          </Tr>
        </Thead>
        <Tbody>
          {report.items.map((item, i) => (
            <Tr key={i}>
              <Td>
                <Typography fontWeight="semiBold" textColor="neutral800">
                  {item.fileName ?? formatMessage({ id: 'source-import.documents.pasted', defaultMessage: 'Pasted text' })}
                </Typography>
              </Td>
              <Td><StatusBadge status={item.status} dryRun={report.dryRun} /></Td>
              <Td><Entries item={item} /></Td>
              <Td>
                <Wrap>
                  <Typography variant="pi" textColor={item.status === 'failed' ? 'danger600' : 'neutral600'}>{item.reason ?? '—'}</Typography>
                </Wrap>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Box>
  );
};

const Entries = ({ item }: { item: ImportItem }) => {
  const { formatMessage } = useIntl();
  const articleId = item.articleDocumentId ?? item.documentIds?.article?.[0] ?? null;
  const quoteIds = item.outcome?.quotes.documentIds ?? item.documentIds?.quotes ?? [];
  if (!articleId && !item.outcome) return <Typography textColor="neutral500">—</Typography>;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      {articleId ? (
        <ContentManagerLink kind="article" documentId={articleId}>
          {formatMessage({ id: 'source-import.result.open-article', defaultMessage: 'Open the article' })}
        </ContentManagerLink>
      ) : null}
      {quoteIds.length > 0 ? (
        <Flex gap={2} wrap="wrap">
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: 'source-import.result.quotes', defaultMessage: 'Quotes' })}:
          </Typography>
          {quoteIds.map((documentId, n) => (
            <ContentManagerLink key={documentId} kind="quotes" documentId={documentId}>
              {n + 1}
            </ContentManagerLink>
          ))}
        </Flex>
      ) : item.outcome && item.outcome.quotes.count > 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(
            { id: 'source-import.result.quote-count', defaultMessage: '{count, plural, one {# quote} other {# quotes}}' },
            { count: item.outcome.quotes.count },
          )}
        </Typography>
      ) : null}
      {NAMED.map(({ kind, id, defaultMessage }) => {
        const entities = item.outcome?.[kind] ?? [];
        if (entities.length === 0) return null;
        return (
          <Names key={kind}>
            <Typography variant="pi" textColor="neutral600">{formatMessage({ id, defaultMessage })}: </Typography>
            {entities.map((entity, n) => (
              <span key={`${entity.name}-${n}`}>
                {n > 0 ? ', ' : null}
                {entity.documentId ? (
                  <ContentManagerLink kind={kind} documentId={entity.documentId}>
                    {entity.name}
                  </ContentManagerLink>
                ) : (
                  <Typography variant="pi">{entity.name}</Typography>
                )}
                {entity.action === 'created' ? (
                  <Typography variant="pi" textColor="success600">
                    {' '}
                    {formatMessage({ id: 'source-import.result.new', defaultMessage: '(new)' })}
                  </Typography>
                ) : null}
              </span>
            ))}
          </Names>
        );
      })}
    </Flex>
  );
};

const Names = styled.div`
  white-space: normal;
  max-width: 56rem;
  font-size: 1.2rem;
`;

const Wrap = styled.div`
  white-space: normal;
  max-width: 48rem;
`;
