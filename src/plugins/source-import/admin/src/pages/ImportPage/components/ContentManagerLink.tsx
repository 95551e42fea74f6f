import { Link } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import type { EntityKind } from '../../../api';

export const CONTENT_TYPES: Record<EntityKind, string> = {
  article: 'api::article.article',
  quotes: 'api::quote.quote',
  people: 'api::person.person',
  organizations: 'api::organization.organization',
  tags: 'api::tag.tag',
};

/** The entry's edit view in the Content Manager (a path inside the admin). */
export const contentManagerPath = (kind: EntityKind, documentId: string) =>
  `/content-manager/collection-types/${CONTENT_TYPES[kind]}/${documentId}`;

type Props = { kind: EntityKind; documentId: string; children: React.ReactNode };

export const ContentManagerLink = ({ kind, documentId, children }: Props) => (
  <Link tag={NavLink} to={contentManagerPath(kind, documentId)} isExternal={false}>
    {children}
  </Link>
);
