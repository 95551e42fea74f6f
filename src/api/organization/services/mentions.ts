import type { Core } from '@strapi/strapi';
import type { DateValue } from '../../article/standards/types';
import { byArticleDate } from '../../../utils/article-date';
import { pageOf, type Pagination } from '../../../utils/pagination';

const ORGANIZATION = 'api::organization.organization';
const ARTICLE = 'api::article.article';

type OrganizationRow = { documentId: string; name: string; slug?: string | null; acronym?: string | null; aliases?: unknown };
type ArticleKey = { documentId: string; datePublished?: DateValue; capturedAt?: DateValue; publishedAt?: DateValue };
type ArticleRow = ArticleKey & { headline: string; slug?: string | null; lead?: string | null };

type MatchedBy = 'slug' | 'name' | 'acronym' | 'alias';

/** Names compare case-insensitively, spaces folded. */
const sameName = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

const aliasesOf = (row: OrganizationRow) => (Array.isArray(row.aliases) ? row.aliases.filter((a): a is string => typeof a === 'string') : []);

/** How a name designates an organization, if it does: its slug exactly, else its name, acronym or one of its aliases. */
const matchOf = (row: OrganizationRow, name: string): MatchedBy | null => {
  if (row.slug === name) return 'slug';
  if (sameName(row.name, name)) return 'name';
  if (row.acronym && sameName(row.acronym, name)) return 'acronym';
  if (aliasesOf(row).some((alias) => sameName(alias, name))) return 'alias';
  return null;
};

/** Newest first, articles without any date last, ties on documentId. */
const newestFirst = (a: ArticleKey, b: ArticleKey) => byArticleDate(a, b, 'newest') || a.documentId.localeCompare(b.documentId);

/**
 * The published articles that mention an organization, found by any name it goes by: its slug,
 * its name, its acronym or one of its aliases ("Daesh", "ISIL"). Aliases are a JSON list, which
 * Strapi's REST filters can only match as a substring of its text ("IS" would match "ISIL" and
 * "Islamic State"); here a name matches an alias exactly, case-insensitively.
 * A name several organizations go by finds the articles of all of them; the answer says which.
 */
const mentions = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The organizations a name designates: the one with this slug, else every one called so. */
  const organizations = async (name: string) => {
    // The database narrows the candidates (the alias test is a substring one, case-folded by
    // LOWER: ASCII only on SQLite); the exact comparison is made here.
    const candidates = (await strapi.documents(ORGANIZATION).findMany({
      filters: {
        $or: [{ slug: { $eq: name } }, { name: { $eqi: name } }, { acronym: { $eqi: name } }, { aliases: { $containsi: name } }],
      },
      fields: ['documentId', 'name', 'slug', 'acronym', 'aliases'],
    } as never)) as unknown as OrganizationRow[];
    const matched = candidates
      .map((row) => ({ row, by: matchOf(row, name) }))
      .filter((m): m is { row: OrganizationRow; by: MatchedBy } => m.by !== null);
    const bySlug = matched.filter((m) => m.by === 'slug');
    return (bySlug.length ? bySlug : matched).sort((a, b) => a.row.name.localeCompare(b.row.name) || a.row.documentId.localeCompare(b.row.documentId));
  };

  /** Null when no organization goes by this name. */
  const articles = async (name: string, pagination: Pagination) => {
    const designated = await organizations(name);
    if (!designated.length) return null;
    const filters = { organizations: { documentId: { $in: designated.map((m) => m.row.documentId) } } };

    // The keys of every article first, to order and count them; then the page in full.
    const keys = (await strapi.documents(ARTICLE).findMany({
      status: 'published',
      filters,
      fields: ['documentId', 'datePublished', 'capturedAt', 'publishedAt'],
    } as never)) as unknown as ArticleKey[];
    const ordered = keys.sort(newestFirst);
    const page = pageOf(ordered, pagination);
    const pageKeys = page.items.map((article) => article.documentId);
    const rows = pageKeys.length
      ? ((await strapi.documents(ARTICLE).findMany({
          status: 'published',
          filters: { documentId: { $in: pageKeys } },
          fields: ['documentId', 'headline', 'slug', 'lead', 'capturedAt', 'datePublished', 'publishedAt'],
        } as never)) as unknown as ArticleRow[])
      : [];
    const byId = new Map(rows.map((row) => [row.documentId, row]));

    return {
      organizations: designated.map(({ row, by }) => ({
        documentId: row.documentId,
        name: row.name,
        slug: row.slug ?? null,
        acronym: row.acronym ?? null,
        aliases: aliasesOf(row),
        matchedBy: by,
      })),
      data: pageKeys
        .map((documentId) => byId.get(documentId))
        .filter((row): row is ArticleRow => Boolean(row))
        .map(({ documentId, headline, slug, lead, capturedAt, datePublished, publishedAt }) => ({
          documentId,
          headline,
          slug: slug ?? null,
          lead: lead ?? null,
          capturedAt: capturedAt ?? null,
          datePublished: datePublished ?? null,
          publishedAt: publishedAt ?? null,
        })),
      pagination: page.pagination,
    };
  };

  return { organizations, articles };
};

export type Mentions = ReturnType<typeof mentions>;

export default mentions;
