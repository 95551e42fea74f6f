import { Flex, Link, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { useQuoteProvenance } from '../hooks/useProvenance';
import { provenancePath } from './ArticleProvenance';

/** A quote's place in its article's captured source, and a link to it there. */
export const QuotePlace = ({ documentId }: { documentId: string }) => {
  const { formatMessage } = useIntl();
  const { data, error, isLoading } = useQuoteProvenance(documentId);
  if (isLoading) return <Loader small>{formatMessage({ id: 'source-import.provenance.loading', defaultMessage: 'Loading the source' })}</Loader>;
  if (error) return <Typography textColor="danger600">{error}</Typography>;
  if (!data?.article || data.line === null) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: 'source-import.provenance.quote-none', defaultMessage: 'This quote was not read from a captured page.' })}
      </Typography>
    );
  }
  return (
    <Flex direction="column" alignItems="flex-start" gap={2} data-testid="quote-place">
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(
          { id: 'source-import.provenance.quote-at', defaultMessage: 'Line {line}, column {column} of the article’s source.' },
          { line: data.line, column: data.column ?? 1 },
        )}
      </Typography>
      <Link tag={NavLink} to={provenancePath(data.article.documentId, data.documentId)} isExternal={false}>
        {formatMessage({ id: 'source-import.provenance.show-quote', defaultMessage: 'Show it in the source' })}
      </Link>
    </Flex>
  );
};
