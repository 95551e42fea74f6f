import type { Core } from '@strapi/strapi';
import { toJsonLd, toNinjs, type StandardsArticle, type StandardsContext } from '../standards';

const ARTICLE = 'api::article.article';

/**
 * What an article's standards documents need, in one read of the published version. Status
 * `published` also applies to the populated quotes, so a draft quote never reaches them.
 */
const POPULATE = {
  quotes: {
    fields: ['documentId', 'text', 'kind', 'cue', 'position', 'speakerDescription'],
    populate: {
      speaker: { fields: ['documentId', 'name', 'slug', 'aliases', 'description'] },
      speakerOrganization: { fields: ['documentId', 'name', 'slug', 'acronym', 'aliases', 'description'] },
    },
  },
  people: { fields: ['documentId', 'name', 'slug', 'aliases', 'description'] },
  organizations: { fields: ['documentId', 'name', 'slug', 'acronym', 'aliases', 'description'] },
  tags: { fields: ['documentId', 'name', 'slug'] },
  image: { populate: { file: { fields: ['url', 'mime', 'width', 'height', 'size', 'alternativeText'] } } },
} as const;

// The private import record (`source`) is neither read nor populated here.
const FIELDS = [
  'headline',
  'slug',
  'lead',
  'body',
  'section',
  'dateline',
  'sourceUrl',
  'capturedAt',
  'datePublished',
  'publishedAt',
  'createdAt',
  'updatedAt',
] as const;

/** schema.org JSON-LD and IPTC ninjs for published articles; the mapping itself is pure (`../standards`). */
const standards = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The published version of an article, populated for the standards, or null (unknown or draft only). */
  async findPublished(documentId: string): Promise<StandardsArticle | null> {
    const article = await strapi.documents(ARTICLE).findOne({
      documentId,
      status: 'published',
      fields: [...FIELDS],
      populate: POPULATE as never,
    });
    return (article as unknown as StandardsArticle | null) ?? null;
  },

  async jsonLd(documentId: string, context: StandardsContext) {
    const article = await this.findPublished(documentId);
    return article ? toJsonLd(article, context) : null;
  },

  async ninjs(documentId: string, context: StandardsContext) {
    const article = await this.findPublished(documentId);
    return article ? toNinjs(article, context) : null;
  },
});

export type Standards = ReturnType<typeof standards>;

export default standards;
