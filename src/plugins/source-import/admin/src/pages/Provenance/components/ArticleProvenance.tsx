import * as React from 'react';
import { Box, Flex, Grid, Link, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import type { ArticleProvenance as Provenance } from '../../../api';
import { pluginId } from '../../../pluginId';
import { DiagnosticList } from '../../ImportPage/components/DiagnosticList';
import { SourceView } from '../../ImportPage/components/SourceView';
import { useArticleProvenance } from '../hooks/useProvenance';
import { QuoteList } from './QuoteList';

type Selection = { kind: 'quote' | 'diagnostic'; index: number } | null;

/** The plugin's full view of an article's source (a path inside the admin). */
export const provenancePath = (articleId: string, quoteId?: string) =>
  `/plugins/${pluginId}/articles/${encodeURIComponent(articleId)}${quoteId ? `?quote=${encodeURIComponent(quoteId)}` : ''}`;

const NO_RULES = new Set<string>();

type Props = {
  documentId: string;
  /** `panel`: the Content Manager's side panel, one column; `page`: the full view */
  variant: 'panel' | 'page';
  /** a quote to show at once (a quote's edit view links here with it) */
  quoteId?: string | null;
};

/**
 * Where an article came from: its captured text with every quote highlighted at its stored
 * offsets and the stored diagnostics in place; a click on a quote or a diagnostic shows its
 * place. The same SourceView and DiagnosticList as the Source import page.
 */
export const ArticleProvenance = ({ documentId, variant, quoteId = null }: Props) => {
  const { formatMessage } = useIntl();
  const { data, error, isLoading } = useArticleProvenance(documentId);

  if (isLoading) return <Loader small>{formatMessage({ id: 'source-import.provenance.loading', defaultMessage: 'Loading the source' })}</Loader>;
  if (error) return <Typography textColor="danger600">{error}</Typography>;
  if (!data?.source) {
    return (
      <Typography variant="pi" textColor="neutral600" data-testid="provenance-none">
        {formatMessage({ id: 'source-import.provenance.none', defaultMessage: 'This article was not imported from a captured page.' })}
      </Typography>
    );
  }
  return <Loaded data={data} source={data.source} variant={variant} quoteId={quoteId} />;
};

const Loaded = ({
  data,
  source,
  variant,
  quoteId,
}: {
  data: Provenance;
  source: NonNullable<Provenance['source']>;
  variant: Props['variant'];
  quoteId: string | null;
}) => {
  const { formatMessage, formatDate } = useIntl();
  const [selection, setSelection] = React.useState<Selection>(() => {
    const index = quoteId ? data.quotes.findIndex((q) => q.documentId === quoteId) : -1;
    return index >= 0 ? { kind: 'quote', index } : null;
  });
  const marks = React.useMemo(
    () =>
      data.quotes.map((q) => ({
        start: q.startOffset ?? -1,
        end: q.endOffset ?? -1,
        title: `${q.speaker ?? formatMessage({ id: 'source-import.provenance.no-speaker', defaultMessage: 'unattributed' })}: “${q.text}”`,
      })),
    [data.quotes, formatMessage],
  );
  const selectQuote = (index: number) => setSelection({ kind: 'quote', index });
  const selectDiagnostic = (index: number) => setSelection({ kind: 'diagnostic', index });
  const selectedQuote = selection?.kind === 'quote' ? selection.index : null;
  const selectedDiagnostic = selection?.kind === 'diagnostic' ? selection.index : null;

  const summary = (
    <Typography variant="pi" textColor="neutral600" data-testid="provenance-summary">
      {formatMessage(
        {
          id: 'source-import.provenance.summary',
          defaultMessage: '{file}, imported {date}: {quotes, plural, one {# quote} other {# quotes}}, {diagnostics, plural, one {# diagnostic} other {# diagnostics}}',
        },
        {
          file: source.fileName ?? formatMessage({ id: 'source-import.documents.pasted', defaultMessage: 'Pasted text' }),
          date: source.importedAt ? formatDate(source.importedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '—',
          quotes: data.quotes.length,
          diagnostics: source.diagnostics.length,
        },
      )}
    </Typography>
  );
  const sourceView = (
    <SourceView
      text={source.rawText}
      diagnostics={source.diagnostics}
      selected={selectedDiagnostic}
      onSelect={selectDiagnostic}
      quotes={marks}
      selectedQuote={selectedQuote}
      onSelectQuote={selectQuote}
      maxHeight={variant === 'panel' ? 36 : 70}
    />
  );
  const quotes = (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {formatMessage({ id: 'source-import.provenance.quotes-title', defaultMessage: 'Quotes ({count})' }, { count: data.quotes.length })}
      </Typography>
      <QuoteList quotes={data.quotes} selected={selectedQuote} onSelect={selectQuote} />
    </Flex>
  );
  const diagnostics = (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {formatMessage({ id: 'source-import.provenance.diagnostics-title', defaultMessage: 'Diagnostics at import' })}
      </Typography>
      <DiagnosticList diagnostics={source.diagnostics} selected={selectedDiagnostic} onSelect={selectDiagnostic} resolved={NO_RULES} />
    </Flex>
  );

  if (variant === 'panel') {
    return (
      <Flex direction="column" alignItems="stretch" gap={4} width="100%" data-testid="provenance-panel">
        {summary}
        <Link tag={NavLink} to={provenancePath(data.documentId)} isExternal={false}>
          {formatMessage({ id: 'source-import.provenance.open-full', defaultMessage: 'Open the full view of the source' })}
        </Link>
        {sourceView}
        {quotes}
        {diagnostics}
      </Flex>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="provenance-page">
      {summary}
      <Grid.Root gap={4}>
        <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
            {sourceView}
          </Box>
        </Grid.Item>
        <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
            <Flex direction="column" alignItems="stretch" gap={6}>
              {quotes}
              {diagnostics}
            </Flex>
          </Box>
        </Grid.Item>
      </Grid.Root>
    </Flex>
  );
};
