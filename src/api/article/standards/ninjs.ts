import {
  articleUri,
  charCount,
  compact,
  httpUrl,
  involvedOrganizations,
  involvedPeople,
  isoDate,
  organizationUri,
  personUri,
  plainText,
  wordCount,
} from './common';
import type { StandardsArticle, StandardsContext } from './types';

/**
 * An IPTC ninjs 3.1 news item for a published article (`ninjs-schema_3.1.json` beside this file).
 *
 * Field shapes follow the IPTC examples: `headlines` with role `main`, the lead as a
 * `descriptions` entry, the body as a `text/plain` entry of `bodies`, the image as a `picture`
 * association with its caption and its credit line. ninjs 3.1 has no `creditLine`: the credit
 * (the © line of the page) goes in `copyrightNotice`. The import provenance that is public (the
 * source URL) is an `infoSources` entry; the private import record never leaves the CMS.
 */
export type NinjsItem = Record<string, unknown>;

/**
 * The version of the item: the time this version was published, as `YYYYMMDDhhmmss` (UTC).
 * Strapi keeps no version counter, but every publication writes a new `publishedAt`, so the
 * string grows with each version a client can receive.
 */
const versionOf = (article: StandardsArticle) =>
  (isoDate(article.publishedAt) ?? isoDate(article.updatedAt) ?? '1970-01-01T00:00:00.000Z').replace(/\D/g, '').slice(0, 14);

const imageAssociation = (article: StandardsArticle, context: StandardsContext & { article: string }) => {
  const image = article.image;
  if (!image) return undefined;
  const file = image.file ?? undefined;
  const href = httpUrl(file?.url, context.baseUrl);
  if (!image.caption && !image.credit && !href) return undefined;
  return compact({
    name: 'image',
    uri: `${context.article}#image`,
    type: 'picture',
    representationType: 'partial',
    descriptions: image.caption ? [{ role: 'caption', contentType: 'text/plain', value: image.caption }] : undefined,
    copyrightNotice: image.credit ?? undefined,
    renditions: href
      ? [
          compact({
            name: 'original',
            href,
            contentType: file?.mime ?? undefined,
            width: Number.isInteger(file?.width) ? file?.width : undefined,
            height: Number.isInteger(file?.height) ? file?.height : undefined,
            sizeInBytes: typeof file?.size === 'number' ? Math.round(file.size * 1000) : undefined,
          }),
        ]
      : undefined,
  });
};

export const toNinjs = (article: StandardsArticle, context: StandardsContext): NinjsItem => {
  const uri = articleUri(article, context);
  const body = plainText(article.body);
  const sourceUrl = httpUrl(article.sourceUrl);

  return compact({
    uri,
    type: 'text',
    representationType: 'full',
    version: versionOf(article),
    firstCreated: isoDate(article.createdAt),
    versionCreated: isoDate(article.publishedAt) ?? isoDate(article.updatedAt),
    contentCreated: isoDate(article.datePublished),
    pubStatus: 'usable',
    located: article.dateline ?? undefined,
    headlines: [{ role: 'main', contentType: 'text/plain', value: article.headline }],
    descriptions: article.lead ? [{ role: 'summary', contentType: 'text/plain', value: article.lead }] : undefined,
    bodies: body ? [{ role: 'text', contentType: 'text/plain', charCount: charCount(body), wordCount: wordCount(body), value: body }] : undefined,
    people: involvedPeople(article).map((person) => compact({ name: person.name, uri: personUri(person, context), literal: person.slug ?? undefined })),
    organisations: involvedOrganizations(article).map((organization) =>
      compact({ name: organization.name, uri: organizationUri(organization, context), literal: organization.slug ?? undefined }),
    ),
    subjects: (article.tags ?? []).map((tag) => compact({ name: tag.name, literal: tag.slug ?? undefined })),
    associations: [imageAssociation(article, { ...context, article: uri })].filter(Boolean),
    altIds: [
      { role: 'documentId', value: article.documentId },
      article.slug ? { role: 'slug', value: article.slug } : undefined,
      sourceUrl ? { role: 'sourceUrl', value: sourceUrl } : undefined,
    ].filter(Boolean),
    infoSources: sourceUrl ? [{ role: 'origin', uri: sourceUrl }] : undefined,
  });
};
