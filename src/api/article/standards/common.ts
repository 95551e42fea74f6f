import type {
  BlockNode,
  DateValue,
  InlineNode,
  StandardsArticle,
  StandardsContext,
  StandardsOrganization,
  StandardsPerson,
  StandardsQuote,
} from './types';

/**
 * What JSON-LD and ninjs share: the identifiers, the dates, the plain text of the body and the
 * list of people and organizations an article involves. One name per concept in both outputs.
 */

const trimSlashes = (url: string) => url.replace(/\/+$/, '');

export const articleUri = (article: Pick<StandardsArticle, 'documentId'>, { baseUrl }: StandardsContext) =>
  `${trimSlashes(baseUrl)}/api/articles/${encodeURIComponent(article.documentId)}`;

// Site-wide fragments rather than per-article ones: the same person has the same @id in every
// article, so a consumer can merge what several articles say about them.
export const personUri = (person: StandardsPerson, { baseUrl }: StandardsContext) =>
  `${trimSlashes(baseUrl)}/#person-${encodeURIComponent(person.slug || person.documentId)}`;

export const organizationUri = (organization: StandardsOrganization, { baseUrl }: StandardsContext) =>
  `${trimSlashes(baseUrl)}/#organization-${encodeURIComponent(organization.slug || organization.documentId)}`;

export const quoteUri = (quote: StandardsQuote, context: StandardsContext & { article: string }) =>
  `${context.article}#quote-${encodeURIComponent(quote.documentId)}`;

/** An ISO 8601 date-time in UTC, or undefined for a missing or unreadable value. */
export const isoDate = (value: DateValue): string | undefined => {
  if (value === null || value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

/**
 * An article that came from elsewhere: a captured page (its clock) or one with a source URL.
 * The CMS's own dates say when it was imported, not when it was written or first published.
 */
export const isArchived = (article: StandardsArticle) => Boolean(isoDate(article.capturedAt) || article.sourceUrl);

/**
 * When the article was first published: its stated date when known; for an article written in
 * this CMS, when the CMS published it; for an archived one, nothing (a 2016 page imported today
 * was not first published today).
 */
export const publicationDate = (article: StandardsArticle) =>
  isoDate(article.datePublished) ?? (isArchived(article) ? undefined : isoDate(article.publishedAt));

/** When the work was created: unknown for an archived article, the CMS's creation time otherwise. */
export const creationDate = (article: StandardsArticle) => (isArchived(article) ? undefined : isoDate(article.createdAt));

/** An absolute http(s) URL, normalized, or undefined: only such a value goes into a `uri` field. */
export const httpUrl = (value: string | null | undefined, base?: string): string | undefined => {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};

const inlineText = (node: BlockNode | InlineNode): string => {
  if (typeof node.text === 'string') return node.text;
  return (node.children ?? []).map((child) => inlineText(child as InlineNode)).join('');
};

const blockText = (block: BlockNode): string => {
  if (block.type === 'list') {
    return (block.children ?? [])
      .map((item) => blockText(item as BlockNode))
      .filter((text) => text !== '')
      .join('\n');
  }
  if (block.type === 'image') return '';
  return inlineText(block).trim();
};

/** The plain text of a blocks body: one block per paragraph, separated by a blank line. */
export const plainText = (body: BlockNode[] | null | undefined): string =>
  (Array.isArray(body) ? body : [])
    .map(blockText)
    .filter((text) => text !== '')
    .join('\n\n');

export const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;

/** Characters as a reader counts them (Unicode code points, not UTF-16 units). */
export const charCount = (text: string) => Array.from(text).length;

/** The names besides the main one, without duplicates: aliases (and an organization's acronym). */
export const alternateNames = (name: string, ...candidates: unknown[]): string[] => {
  const seen = new Set([name.trim().toLowerCase()]);
  const names: string[] = [];
  for (const candidate of candidates.flat()) {
    if (typeof candidate !== 'string' || candidate.trim() === '') continue;
    const key = candidate.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(candidate.trim());
  }
  return names;
};

/** Quotes in article order (position, then documentId for ties and missing positions). */
export const orderedQuotes = (article: StandardsArticle): StandardsQuote[] =>
  [...(article.quotes ?? [])].sort(
    (a, b) =>
      (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) ||
      a.documentId.localeCompare(b.documentId),
  );

const uniqueBy = <T extends { documentId: string }>(items: Array<T | null | undefined>): T[] => {
  const seen = new Set<string>();
  return items.filter((item): item is T => {
    if (!item || seen.has(item.documentId)) return false;
    seen.add(item.documentId);
    return true;
  });
};

/** The people of an article: those it names, then speakers of its quotes it does not name. */
export const involvedPeople = (article: StandardsArticle) =>
  uniqueBy<StandardsPerson>([...(article.people ?? []), ...orderedQuotes(article).map((quote) => quote.speaker)]);

/** The organizations of an article: those it names, then organizations quoted that it does not name. */
export const involvedOrganizations = (article: StandardsArticle) =>
  uniqueBy<StandardsOrganization>([
    ...(article.organizations ?? []),
    ...orderedQuotes(article).map((quote) => quote.speakerOrganization),
  ]);

/** Drops undefined values and empty arrays, so what is validated is exactly what is sent. */
export const compact = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)),
  ) as T;

/**
 * The public origin of the API: the configured server URL (`PUBLIC_URL`) when it is absolute,
 * else the request's origin followed by the configured path prefix, if any.
 */
export const publicBaseUrl = (configuredUrl: unknown, requestOrigin: string): string => {
  const configured = typeof configuredUrl === 'string' ? configuredUrl.trim() : '';
  if (/^https?:\/\//i.test(configured)) return trimSlashes(configured);
  const prefix = configured.replace(/^\/+|\/+$/g, '');
  return trimSlashes(prefix ? `${trimSlashes(requestOrigin)}/${prefix}` : requestOrigin);
};
