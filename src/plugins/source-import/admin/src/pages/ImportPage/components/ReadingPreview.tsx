import * as React from 'react';
import { Badge, Box, Button, Flex, Tabs, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import type { Article, Organization, Person, Quote, Reading, Speaker } from '../../../api';

type Props = { reading: Reading; headline: string };

/** What the reader took from the page: the article's fields, quotes with their speakers, people, organizations, tags. */
export const ReadingPreview = ({ reading, headline }: Props) => {
  const { formatMessage } = useIntl();
  const tab = (id: string, defaultMessage: string, count?: number) =>
    formatMessage({ id: `source-import.preview.${id}`, defaultMessage }, { count });

  return (
    <Tabs.Root defaultValue="article" variant="simple">
      <Tabs.List aria-label={formatMessage({ id: 'source-import.preview.title', defaultMessage: 'What was read' })}>
        <Tabs.Trigger value="article">{tab('article', 'Article')}</Tabs.Trigger>
        <Tabs.Trigger value="quotes">{tab('quotes', 'Quotes ({count})', reading.quotes.length)}</Tabs.Trigger>
        <Tabs.Trigger value="people">{tab('people', 'People ({count})', reading.people.length)}</Tabs.Trigger>
        <Tabs.Trigger value="organizations">{tab('organizations', 'Organizations ({count})', reading.organizations.length)}</Tabs.Trigger>
        <Tabs.Trigger value="tags">{tab('tags', 'Tags ({count})', reading.tags.length)}</Tabs.Trigger>
      </Tabs.List>
      <Box paddingTop={4}>
        <Tabs.Content value="article">
          <ArticleFields article={reading.article} headline={headline} />
        </Tabs.Content>
        <Tabs.Content value="quotes">
          <Quotes quotes={reading.quotes} />
        </Tabs.Content>
        <Tabs.Content value="people">
          <People people={reading.people} />
        </Tabs.Content>
        <Tabs.Content value="organizations">
          <Organizations organizations={reading.organizations} />
        </Tabs.Content>
        <Tabs.Content value="tags">
          <Tags tags={reading.tags} />
        </Tabs.Content>
      </Box>
    </Tabs.Root>
  );
};

const None = () => {
  const { formatMessage } = useIntl();
  return (
    <Typography variant="omega" textColor="neutral500">
      {formatMessage({ id: 'source-import.preview.none', defaultMessage: 'none' })}
    </Typography>
  );
};

const Value = ({ children }: { children: React.ReactNode }) =>
  children === null || children === undefined || children === '' ? <None /> : <Typography textColor="neutral800">{children}</Typography>;

const FIRST_PARAGRAPHS = 3;

const ArticleFields = ({ article, headline }: { article: Article; headline: string }) => {
  const { formatMessage, formatDate } = useIntl();
  const [allBody, setAllBody] = React.useState(false);
  const label = (id: string, defaultMessage: string) => formatMessage({ id: `source-import.article.${id}`, defaultMessage });
  const date = (value: string | null) =>
    value ? formatDate(value, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC' : null;
  const typed = headline.trim();
  const paragraphs = allBody ? article.body : article.body.slice(0, FIRST_PARAGRAPHS);

  return (
    <Fields>
      <dt>{label('headline', 'Headline')}</dt>
      <dd>
        {typed ? (
          <Flex gap={2}>
            <Typography fontWeight="bold" textColor="neutral800">{typed}</Typography>
            <Badge size="S" variant="primary">{label('headline-typed', 'typed')}</Badge>
          </Flex>
        ) : (
          <Value>{article.headline}</Value>
        )}
      </dd>
      <dt>{label('captured-at', 'Captured')}</dt>
      <dd><Value>{date(article.capturedAt)}</Value></dd>
      <dt>{label('date-published', 'Published')}</dt>
      <dd><Value>{date(article.datePublished)}</Value></dd>
      <dt>{label('dateline', 'Dateline')}</dt>
      <dd>
        <Value>{article.dateline ? [article.dateline.place, article.dateline.agency].filter(Boolean).join(' · ') : null}</Value>
      </dd>
      <dt>{label('section', 'Section')}</dt>
      <dd><Value>{article.section}</Value></dd>
      <dt>{label('lead', 'Lead')}</dt>
      <dd><Value>{article.lead}</Value></dd>
      <dt>{label('image', 'Image')}</dt>
      <dd>
        {article.image ? (
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Value>{article.image.caption}</Value>
            {article.image.credit ? <Typography variant="pi" textColor="neutral600">{article.image.credit}</Typography> : null}
          </Flex>
        ) : (
          <None />
        )}
      </dd>
      <dt>
        {formatMessage({ id: 'source-import.article.body', defaultMessage: 'Body ({count, plural, one {# paragraph} other {# paragraphs}})' }, { count: article.body.length })}
      </dt>
      <dd>
        {article.body.length === 0 ? (
          <None />
        ) : (
          <Flex direction="column" alignItems="flex-start" gap={2}>
            {paragraphs.map((p, i) => (
              <Typography key={i} textColor="neutral800">
                <LineNumber>{p.position.start.line}</LineNumber>
                {p.text}
              </Typography>
            ))}
            {article.body.length > FIRST_PARAGRAPHS ? (
              <Button size="S" variant="tertiary" onClick={() => setAllBody(!allBody)}>
                {allBody
                  ? label('body-less', 'Show less')
                  : formatMessage({ id: 'source-import.article.body-more', defaultMessage: 'Show all {count} paragraphs' }, { count: article.body.length })}
              </Button>
            ) : null}
          </Flex>
        )}
      </dd>
      <dt>{label('related', 'Related headlines')}</dt>
      <dd>
        {article.relatedHeadlines.length === 0 ? (
          <None />
        ) : (
          <Bullets>
            {article.relatedHeadlines.map((h, i) => (
              <li key={i}><Typography textColor="neutral800">{h}</Typography></li>
            ))}
          </Bullets>
        )}
      </dd>
      <dt>{label('boilerplate', 'Left out')}</dt>
      <dd>
        {article.boilerplate.length === 0 ? (
          <None />
        ) : (
          <Typography variant="pi" textColor="neutral600">
            {article.boilerplate.map((b) => b.text).join(' · ')}
          </Typography>
        )}
      </dd>
    </Fields>
  );
};

const speakerOf = (speaker: Speaker | null) => {
  if (!speaker) return null;
  if ('name' in speaker) return { label: speaker.name, kind: 'person' as const };
  if ('organization' in speaker) return { label: speaker.organization, kind: 'organization' as const };
  return { label: speaker.description, kind: 'anonymous' as const };
};

const Quotes = ({ quotes }: { quotes: Quote[] }) => {
  const { formatMessage } = useIntl();
  if (quotes.length === 0) return <None />;
  const head = (id: string, defaultMessage: string) => formatMessage({ id: `source-import.quotes.${id}`, defaultMessage });
  return (
    <Table colCount={4} rowCount={quotes.length + 1}>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">{head('line', 'Line')}</Typography></Th>
          <Th><Typography variant="sigma">{head('text', 'Quote')}</Typography></Th>
          <Th><Typography variant="sigma">{head('speaker', 'Speaker')}</Typography></Th>
          <Th><Typography variant="sigma">{head('cue', 'Cue')}</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {quotes.map((q, i) => {
          const speaker = speakerOf(q.speaker);
          return (
            <Tr key={i}>
              <Td><Typography textColor="neutral600">{q.position.start.line}</Typography></Td>
              <Td>
                <Wrap>
                  <Badge size="S" variant={q.kind === 'direct' ? 'primary' : 'secondary'}>
                    {formatMessage({ id: `source-import.quotes.kind.${q.kind}`, defaultMessage: q.kind })}
                  </Badge>{' '}
                  <Typography textColor="neutral800">“{q.text}”</Typography>
                </Wrap>
              </Td>
              <Td>
                {speaker ? (
                  <Wrap>
                    <Typography fontWeight="semiBold" textColor="neutral800">{speaker.label}</Typography>{' '}
                    {speaker.kind !== 'person' ? (
                      <Badge size="S">{formatMessage({ id: `source-import.quotes.speaker.${speaker.kind}`, defaultMessage: speaker.kind })}</Badge>
                    ) : null}
                  </Wrap>
                ) : (
                  <Badge size="S" variant="warning">{head('unattributed', 'unattributed')}</Badge>
                )}
              </Td>
              <Td><Typography textColor="neutral600">{q.cue ?? '—'}</Typography></Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};

const People = ({ people }: { people: Person[] }) => {
  const { formatMessage } = useIntl();
  if (people.length === 0) return <None />;
  const head = (id: string, defaultMessage: string) => formatMessage({ id: `source-import.people.${id}`, defaultMessage });
  return (
    <Table colCount={4} rowCount={people.length + 1}>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">{head('name', 'Name')}</Typography></Th>
          <Th><Typography variant="sigma">{head('role', 'Role')}</Typography></Th>
          <Th><Typography variant="sigma">{head('organization', 'Organization')}</Typography></Th>
          <Th><Typography variant="sigma">{head('aliases', 'Also called')}</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {people.map((p, i) => (
          <Tr key={i}>
            <Td><Typography fontWeight="semiBold" textColor="neutral800">{p.name}</Typography></Td>
            <Td><Wrap><Typography textColor="neutral800">{p.role ?? '—'}</Typography></Wrap></Td>
            <Td><Typography textColor="neutral800">{p.organization ?? '—'}</Typography></Td>
            <Td><Wrap><Typography textColor="neutral600">{p.aliases.join(', ') || '—'}</Typography></Wrap></Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

const Organizations = ({ organizations }: { organizations: Organization[] }) => {
  const { formatMessage } = useIntl();
  if (organizations.length === 0) return <None />;
  const head = (id: string, defaultMessage: string) => formatMessage({ id: `source-import.organizations.${id}`, defaultMessage });
  return (
    <Table colCount={4} rowCount={organizations.length + 1}>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">{head('name', 'Name')}</Typography></Th>
          <Th><Typography variant="sigma">{head('acronym', 'Acronym')}</Typography></Th>
          <Th><Typography variant="sigma">{head('kind', 'Kind')}</Typography></Th>
          <Th><Typography variant="sigma">{head('aliases', 'Also called')}</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {organizations.map((o, i) => (
          <Tr key={i}>
            <Td><Typography fontWeight="semiBold" textColor="neutral800">{o.name}</Typography></Td>
            <Td><Typography textColor="neutral800">{o.acronym ?? '—'}</Typography></Td>
            <Td><Typography textColor="neutral800">{String(o.kind ?? '—')}</Typography></Td>
            <Td><Wrap><Typography textColor="neutral600">{o.aliases.join(', ') || '—'}</Typography></Wrap></Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

const Tags = ({ tags }: { tags: string[] }) =>
  tags.length === 0 ? (
    <None />
  ) : (
    <Flex gap={2} wrap="wrap">
      {tags.map((t) => (
        <Badge key={t}>{t}</Badge>
      ))}
    </Flex>
  );

const Fields = styled.dl`
  display: grid;
  grid-template-columns: minmax(12rem, max-content) 1fr;
  gap: ${({ theme }) => `${theme.spaces[3]} ${theme.spaces[6]}`};

  dt {
    font-size: 1.2rem;
    font-weight: 600;
    color: ${({ theme }) => theme.colors.neutral600};
    padding-top: 0.2rem;
  }
`;

const Bullets = styled.ul`
  list-style: disc;
  padding-left: ${({ theme }) => theme.spaces[4]};
`;

const Wrap = styled.div`
  white-space: normal;
  max-width: 60rem;
`;

const LineNumber = styled.span`
  display: inline-block;
  min-width: 3.2rem;
  margin-right: ${({ theme }) => theme.spaces[2]};
  font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
  font-size: 1.2rem;
  color: ${({ theme }) => theme.colors.neutral500};
`;
