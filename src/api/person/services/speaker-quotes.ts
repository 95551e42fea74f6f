import type { Core } from '@strapi/strapi';
import type { DateValue } from '../../article/standards/types';
import { byArticleDate } from '../../../utils/article-date';
import { pageOf, type Pagination } from '../../../utils/pagination';

const PERSON = 'api::person.person';
const QUOTE = 'api::quote.quote';

type QuoteKey = {
  documentId: string;
  position?: number | null;
  article?: { documentId: string; datePublished?: DateValue; capturedAt?: DateValue; publishedAt?: DateValue } | null;
};

type Named = { documentId: string; name: string; slug?: string | null };
type QuoteRow = {
  documentId: string;
  text: string;
  kind: string;
  cue?: string | null;
  position?: number | null;
  speakerOrganization?: Named | null;
  article?: { documentId: string; headline: string; slug?: string | null; datePublished?: DateValue; publishedAt?: DateValue } | null;
};

/** The answer's shape: documentIds only (a row id differs between a draft and its published version). */
const toQuote = ({ documentId, text, kind, cue, position, speakerOrganization, article }: QuoteRow) => ({
  documentId,
  text,
  kind,
  cue: cue ?? null,
  position: position ?? null,
  speakerOrganization: speakerOrganization
    ? { documentId: speakerOrganization.documentId, name: speakerOrganization.name, slug: speakerOrganization.slug ?? null }
    : null,
  article: {
    documentId: article!.documentId,
    headline: article!.headline,
    slug: article!.slug ?? null,
    datePublished: article!.datePublished ?? null,
    publishedAt: article!.publishedAt ?? null,
  },
});

/**
 * Oldest article first (articles without any date last), then the quote's place in its
 * article; ties end on documentIds so pages never overlap.
 */
const byArticleDateThenPosition = (a: QuoteKey, b: QuoteKey) =>
  byArticleDate(a.article, b.article, 'oldest') ||
  a.article!.documentId.localeCompare(b.article!.documentId) ||
  (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) ||
  a.documentId.localeCompare(b.documentId);

/**
 * The published quotes of one speaker, each with its published article, in article order.
 * A quote counts only when its article is published too: a published quote attached to a draft
 * article (or to none) stays out.
 */
const speakerQuotes = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Null when no person has this slug. */
  async find(slug: string, pagination: Pagination) {
    const person = await strapi.documents(PERSON).findFirst({
      filters: { slug: { $eq: slug } },
      fields: ['documentId', 'name', 'slug'],
    });
    if (!person) return null;

    // First the keys of every quote (small rows), to order and count them; then the page in full.
    const keys = (await strapi.documents(QUOTE).findMany({
      status: 'published',
      filters: { speaker: { documentId: { $eq: person.documentId } } },
      fields: ['documentId', 'position'],
      populate: { article: { fields: ['documentId', 'datePublished', 'capturedAt', 'publishedAt'] } },
    } as never)) as unknown as QuoteKey[];
    const ordered = keys.filter((quote) => quote.article?.documentId).sort(byArticleDateThenPosition);

    const page = pageOf(ordered, pagination);
    const pageKeys = page.items.map((quote) => quote.documentId);
    const rows = pageKeys.length
      ? ((await strapi.documents(QUOTE).findMany({
          status: 'published',
          filters: { documentId: { $in: pageKeys } },
          fields: ['documentId', 'text', 'kind', 'cue', 'position'],
          populate: {
            article: { fields: ['documentId', 'headline', 'slug', 'datePublished', 'publishedAt'] },
            speakerOrganization: { fields: ['documentId', 'name', 'slug'] },
          },
        } as never)) as unknown as QuoteRow[])
      : [];
    const byId = new Map(rows.map((row) => [row.documentId, row]));

    return {
      person: { documentId: person.documentId, name: person.name, slug: person.slug },
      data: pageKeys
        .map((documentId) => byId.get(documentId))
        .filter((row): row is QuoteRow => Boolean(row?.article))
        .map(toQuote),
      pagination: page.pagination,
    };
  },
});

export type SpeakerQuotes = ReturnType<typeof speakerQuotes>;

export default speakerQuotes;
