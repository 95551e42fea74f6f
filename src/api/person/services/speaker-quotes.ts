import type { Core } from '@strapi/strapi';

const PERSON = 'api::person.person';
const QUOTE = 'api::quote.quote';

type DateValue = string | number | Date | null | undefined;
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

export type Pagination = { page: number; pageSize: number };

const time = (value: DateValue) => {
  if (value === null || value === undefined || value === '') return Number.NaN;
  return (value instanceof Date ? value : new Date(value)).getTime();
};

/**
 * An article's date: its original publication date when known, else the time its page showed
 * when captured (what an imported archive has), else when the CMS published it. The one rule for
 * "by date" in the named routes (a person's quotes, an organization's articles).
 */
export const articleTime = (article: QuoteKey['article']) => {
  for (const value of [article?.datePublished, article?.capturedAt, article?.publishedAt]) {
    const t = time(value);
    if (!Number.isNaN(t)) return t;
  }
  return Number.NaN;
};

/**
 * Oldest article first, then the quote's place in its article. Sorted here rather than in SQL:
 * the date (`articleTime`) is the first of three fields of the related article, and SQLite and
 * PostgreSQL order nulls differently; ties end on documentIds so pages never overlap.
 */
const byArticleDateThenPosition = (a: QuoteKey, b: QuoteKey) => {
  // Articles without any date go last.
  const ta = articleTime(a.article);
  const tb = articleTime(b.article);
  const dateOrder = (Number.isNaN(ta) ? Infinity : ta) - (Number.isNaN(tb) ? Infinity : tb);
  return (
    (Number.isNaN(dateOrder) ? 0 : dateOrder) ||
    a.article!.documentId.localeCompare(b.article!.documentId) ||
    (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) ||
    a.documentId.localeCompare(b.documentId)
  );
};

/**
 * The published quotes of one speaker, each with its published article, in article order.
 * A quote counts only when its article is published too: a published quote attached to a draft
 * article (or to none) stays out.
 */
const speakerQuotes = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Null when no person has this slug. */
  async find(slug: string, { page, pageSize }: Pagination) {
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

    const pageKeys = ordered.slice((page - 1) * pageSize, page * pageSize).map((quote) => quote.documentId);
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
      pagination: { page, pageSize, pageCount: Math.ceil(ordered.length / pageSize), total: ordered.length },
    };
  },
});

export type SpeakerQuotes = ReturnType<typeof speakerQuotes>;

export default speakerQuotes;
