import { Button } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink, useParams, useSearchParams } from 'react-router-dom';
import { contentManagerPath } from '../ImportPage/components/ContentManagerLink';
import { ArticleProvenance } from './components/ArticleProvenance';

/** The full view of an article's captured source, reached from its edit view (and a quote's). */
export const ProvenancePage = () => {
  const { formatMessage } = useIntl();
  const { documentId = '' } = useParams();
  const [search] = useSearchParams();
  const title = formatMessage({ id: 'source-import.provenance.title', defaultMessage: 'Captured source' });
  return (
    <Layouts.Root>
      <Page.Title>{title}</Page.Title>
      <Page.Main>
        <Layouts.Header
          title={title}
          navigationAction={
            <Button tag={NavLink} to={contentManagerPath('article', documentId)} variant="tertiary" startIcon={<ArrowLeft />}>
              {formatMessage({ id: 'source-import.provenance.back', defaultMessage: 'The article' })}
            </Button>
          }
        />
        <Layouts.Content>
          <ArticleProvenance documentId={documentId} variant="page" quoteId={search.get('quote')} />
        </Layouts.Content>
      </Page.Main>
    </Layouts.Root>
  );
};
