import type { Core } from '@strapi/strapi';
import { createId } from '@paralleldrive/cuid2';
import { insertLinks, joinTableOf } from '../import/links';

const ARTICLE = 'api::article.article';

type ComponentAttribute = { type: 'component'; component: string; repeatable?: boolean };

/** An article's fields as the importer builds them: scalars, components, relations by documentId. */
export type ArticleData = Record<string, unknown> & {
  headline: string | null;
  tags: string[];
  people: string[];
  organizations: string[];
  relatedHeadlines: Array<{ headline: string; article: string | null }>;
};

/**
 * Creates a new article as a draft with the rows the Document Service's `create` writes (the
 * article row, its components with their `articles_cmps` links, the tag, people and
 * organization links with both order columns), in a handful of statements instead of one per
 * component and per relation check, and without the full re-read the Document Service makes
 * for its `entry.create` event. The same validation runs (Strapi's entity validator, draft
 * rules) and the slug comes from the Content Manager's generator, as the slug middleware does.
 * Relations are given as row ids the importer already holds, so nothing is looked up twice.
 * Runs inside the importer's transaction.
 */
const articleWriter = ({ strapi }: { strapi: Core.Strapi }) => {
  const model = () => strapi.contentType(ARTICLE as never) as unknown as { attributes: Record<string, unknown> };

  /** Components of the article, each written with one multi-row insert per component type. */
  async function createComponents(data: Record<string, unknown>) {
    const linked: Record<string, unknown> = {};
    for (const [field, attribute] of Object.entries(model().attributes)) {
      const component = attribute as ComponentAttribute;
      if (component.type !== 'component' || data[field] == null) continue;
      const values = (component.repeatable ? (data[field] as Record<string, unknown>[]) : [data[field] as Record<string, unknown>]).map(
        (value) => ({ ...value }),
      );
      if (values.length === 0) {
        linked[field] = [];
        continue;
      }
      // Relations of a component (a related headline's article) are attached after the insert.
      const relations = values.map((value) => {
        const own: Record<string, unknown> = {};
        for (const [name, attr] of Object.entries((strapi.components as unknown as Record<string, { attributes: object }>)[component.component].attributes)) {
          if ((attr as { type: string }).type === 'relation' && name in value) {
            own[name] = value[name];
            delete value[name];
          }
        }
        return own;
      });
      const { ids } = (await strapi.db.query(component.component as never).createMany({ data: values })) as { ids: number[] };
      for (let i = 0; i < ids.length; i += 1) {
        const own = Object.entries(relations[i]).filter(([, target]) => target != null);
        if (own.length > 0) {
          await strapi.db.query(component.component as never).update({ where: { id: ids[i] }, data: Object.fromEntries(own) });
        }
      }
      const pivots = ids.map((id) => ({ id, __pivot: { field, component_type: component.component } }));
      linked[field] = component.repeatable ? pivots : pivots[0];
    }
    return linked;
  }

  return {
    /**
     * Creates the draft of a new article. `rowIds` maps the documentIds of tags, people,
     * organizations and related articles to their (draft) row ids.
     */
    async createDraft(data: ArticleData, rowIds: ReadonlyMap<string, number>) {
      const { tags, people, organizations, relatedHeadlines, ...fields } = data;
      const documentId = createId();
      const toRows = (documentIds: string[]) =>
        documentIds.map((id) => {
          const row = rowIds.get(id);
          if (row === undefined) throw new Error(`No row is known for the related document ${id}`);
          return row;
        });

      const scalars: Record<string, unknown> = { ...fields, relatedHeadlines: relatedHeadlines.map(({ headline }) => ({ headline })) };
      if (typeof scalars.headline === 'string' && scalars.headline.trim() && !scalars.slug) {
        scalars.slug = await strapi.plugin('content-manager').service('uid').generateUIDField({
          contentTypeUID: ARTICLE,
          field: 'slug',
          data: scalars,
        });
      }
      const valid = (await strapi.entityValidator.validateEntityCreation(model() as never, scalars as never, { isDraft: true } as never)) as Record<
        string,
        unknown
      >;
      const components = await createComponents({
        ...valid,
        relatedHeadlines: relatedHeadlines.map(({ headline }, i) => ({
          ...(valid.relatedHeadlines as Record<string, unknown>[])[i],
          headline,
          article: relatedHeadlines[i].article ? toRows([relatedHeadlines[i].article as string])[0] : null,
        })),
      });
      const created = (await strapi.db.query(ARTICLE).create({
        data: { ...valid, ...components, documentId, publishedAt: null, locale: null },
        select: ['id', 'documentId'],
      })) as { id: number; documentId: string };
      for (const [attribute, targets] of Object.entries({ tags, people, organizations })) {
        const links = toRows(targets).map((targetId) => ({ sourceId: created.id, targetId }));
        await insertLinks(strapi, joinTableOf(strapi, ARTICLE, attribute), links);
      }
      return created;
    },

  };
};

export type ArticleWriter = ReturnType<typeof articleWriter>;
export default articleWriter;
