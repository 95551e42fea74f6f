import {
  alternateNames,
  articleUri,
  compact,
  httpUrl,
  involvedOrganizations,
  involvedPeople,
  isoDate,
  orderedQuotes,
  organizationUri,
  personUri,
  plainText,
  publicationDate,
  creationDate,
  quoteUri,
  wordCount,
} from './common';
import type { StandardsArticle, StandardsContext, StandardsOrganization, StandardsPerson, StandardsQuote } from './types';

/**
 * schema.org `NewsArticle` JSON-LD for a published article.
 *
 * The people and organizations it names (and every speaker of its quotes) are full nodes under
 * `mentions`; its tags are its subject (`about`, and `keywords`); its quotes are `Quotation`
 * parts (`hasPart`) that point at their speaker and back at the article by `@id`.
 */
export type JsonLd = Record<string, unknown>;

const personNode = (person: StandardsPerson, context: StandardsContext): JsonLd =>
  compact({
    '@type': 'Person',
    '@id': personUri(person, context),
    name: person.name,
    alternateName: alternateNames(person.name, person.aliases),
    description: person.description ?? undefined,
  });

const organizationNode = (organization: StandardsOrganization, context: StandardsContext): JsonLd =>
  compact({
    '@type': 'Organization',
    '@id': organizationUri(organization, context),
    name: organization.name,
    alternateName: alternateNames(organization.name, organization.acronym, organization.aliases),
    description: organization.description ?? undefined,
  });

/** Who said it: the person, else the organization, else the unnamed source as described. */
const speakerOf = (quote: StandardsQuote, context: StandardsContext): JsonLd | undefined => {
  if (quote.speaker) return { '@id': personUri(quote.speaker, context) };
  if (quote.speakerOrganization) return { '@id': organizationUri(quote.speakerOrganization, context) };
  if (quote.speakerDescription) return { '@type': 'Person', description: quote.speakerDescription };
  return undefined;
};

const quotationNode = (quote: StandardsQuote, context: StandardsContext & { article: string }): JsonLd =>
  compact({
    '@type': 'Quotation',
    '@id': quoteUri(quote, context),
    text: quote.text,
    spokenByCharacter: speakerOf(quote, context),
    // A person speaking for an organization: the organization on whose behalf they spoke.
    sourceOrganization:
      quote.speaker && quote.speakerOrganization ? { '@id': organizationUri(quote.speakerOrganization, context) } : undefined,
    position: typeof quote.position === 'number' ? quote.position : undefined,
    isPartOf: { '@id': context.article },
  });

const imageNode = (article: StandardsArticle, context: StandardsContext & { article: string }): JsonLd | undefined => {
  const image = article.image;
  if (!image) return undefined;
  const file = image.file ?? undefined;
  const url = httpUrl(file?.url, context.baseUrl);
  if (!image.caption && !image.credit && !url) return undefined;
  return compact({
    '@type': 'ImageObject',
    '@id': `${context.article}#image`,
    url,
    contentUrl: url,
    caption: image.caption ?? undefined,
    creditText: image.credit ?? undefined,
    description: file?.alternativeText ?? undefined,
    encodingFormat: file?.mime ?? undefined,
    width: file?.width ?? undefined,
    height: file?.height ?? undefined,
  });
};

export const toJsonLd = (article: StandardsArticle, context: StandardsContext): JsonLd => {
  const id = articleUri(article, context);
  const withArticle = { ...context, article: id };
  const body = plainText(article.body);
  const tags = article.tags ?? [];

  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': id,
    identifier: article.documentId,
    headline: article.headline,
    description: article.lead ?? undefined,
    articleBody: body,
    wordCount: body ? wordCount(body) : undefined,
    articleSection: article.section ?? undefined,
    dateline: article.dateline ?? undefined,
    datePublished: publicationDate(article),
    dateCreated: creationDate(article),
    dateModified: isoDate(article.updatedAt),
    isBasedOn: httpUrl(article.sourceUrl),
    image: imageNode(article, withArticle),
    about: tags.map((tag) => ({ '@type': 'Thing', name: tag.name })),
    keywords: tags.map((tag) => tag.name),
    mentions: [
      ...involvedPeople(article).map((person) => personNode(person, context)),
      ...involvedOrganizations(article).map((organization) => organizationNode(organization, context)),
    ],
    hasPart: orderedQuotes(article).map((quote) => quotationNode(quote, withArticle)),
  });
};

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON that can be dropped into `<script type="application/ld+json">` as it is: `<`, `>` and `&`
 * (and the two line separators JavaScript once rejected) are written as `\u` escapes, so no
 * string can close the script element or open a comment. Still the same JSON once parsed.
 */
export const serializeJsonLd = (document: JsonLd): string =>
  JSON.stringify(document).replace(UNSAFE_IN_SCRIPT, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
