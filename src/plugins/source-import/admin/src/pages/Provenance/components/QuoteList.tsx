import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { QuotePlace } from '../../../api';
import { Item, List } from '../../ImportPage/components/DiagnosticList';

type Props = { quotes: QuotePlace[]; selected: number | null; onSelect: (index: number) => void };

/** The article's quotes in page order, each with its speaker and line:column; a click shows it in the source. */
export const QuoteList = ({ quotes, selected, onSelect }: Props) => {
  const { formatMessage } = useIntl();
  return (
    <List aria-label={formatMessage({ id: 'source-import.provenance.quotes', defaultMessage: 'Quotes' })}>
      {quotes.map((quote, index) => (
        <li key={quote.documentId}>
          <Item
            type="button"
            onClick={() => onSelect(index)}
            aria-pressed={selected === index}
            $selected={selected === index}
            data-quote-item={index}
          >
            <Typography variant="pi" fontWeight="semiBold" textColor="neutral800" data-place>
              {quote.line !== null ? `${quote.line}:${quote.column}` : '—'}
            </Typography>{' '}
            <Typography variant="pi" textColor="neutral600">
              {quote.speaker ?? formatMessage({ id: 'source-import.provenance.no-speaker', defaultMessage: 'unattributed' })}
            </Typography>
            <Box paddingTop={1}>
              <Typography variant="omega" textColor="neutral800">
                “{shorten(quote.text)}”
              </Typography>
            </Box>
          </Item>
        </li>
      ))}
    </List>
  );
};

const shorten = (text: string, words = 16) => {
  const all = text.split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : text;
};
