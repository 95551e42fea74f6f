import type { Core } from '@strapi/strapi';
import { createId } from '@paralleldrive/cuid2';
import { insertLinks, joinTableOf, type LinkSet } from '../import/links';
import { inTransaction } from '../import/sql';

const ARTICLE = 'api::article.article';

type ComponentAttribute = { type: 'component'; component: string; repeatable?: boolean };
type ComponentJoin = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string }; orderColumnName: string };

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

  type ComponentLink = { field: string; component: string; ids: number[]; repeatable: boolean };

  /**
   * The article's components, each type written with one multi-row insert; a component's own
   * relations (a related headline's article, given as a row id) are linked in one more insert.
   */
  async function createComponents(data: Record<string, unknown>): Promise<ComponentLink[]> {
    const created: ComponentLink[] = [];
    for (const [field, attribute] of Object.entries(model().attributes)) {
      const { type, component, repeatable = false } = attribute as ComponentAttribute;
      if (type !== 'component' || data[field] == null) continue;
      const values = (repeatable ? (data[field] as Record<string, unknown>[]) : [data[field] as Record<string, unknown>]).map((value) => ({
        ...value,
      }));
      if (values.length === 0) continue;
      const attributes = (strapi.components as unknown as Record<string, { attributes: Record<string, { type: string }> }>)[component]
        .attributes;
      const relationNames = Object.keys(attributes).filter((name) => attributes[name].type === 'relation');
      // Relation values (row ids) are kept aside: createMany writes the component's own columns.
      const targets = values.map((value) => relationNames.map((name) => value[name]));
      for (const value of values) for (const name of relationNames) delete value[name];
      const { ids } = (await strapi.db.query(component as never).createMany({ data: values })) as { ids: number[] };
      const relations: LinkSet[] = relationNames.map((name, r) => ({
        join: joinTableOf(strapi, component, name),
        links: ids.flatMap((sourceId, i) => (typeof targets[i][r] === 'number' ? [{ sourceId, targetId: targets[i][r] as number }] : [])),
      }));
      await insertLinks(strapi, relations);
      created.push({ field, component, ids, repeatable });
    }
    return created;
  }

  /** The `<table>_cmps` rows that attach components to the article, as the query engine writes them. */
  async function attachComponents(articleId: number, components: ComponentLink[]) {
    if (components.length === 0) return;
    const metadata = strapi.db.metadata.get(ARTICLE as never) as unknown as { attributes: Record<string, { joinTable: ComponentJoin }> };
    const join = metadata.attributes[components[0].field].joinTable;
    const rows = components.flatMap(({ field, component, ids, repeatable }) =>
      ids.map((id, i) => ({
        [join.joinColumn.name]: articleId,
        [join.inverseJoinColumn.name]: id,
        field,
        component_type: component,
        // Single components are linked without an order, repeatable ones numbered from 1.
        [join.orderColumnName]: repeatable ? i + 1 : null,
      })),
    );
    await inTransaction(strapi, (table) => table(join.name).insert(rows));
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
        relatedHeadlines: relatedHeadlines.map(({ headline, article }, i) => ({
          ...(valid.relatedHeadlines as Record<string, unknown>[])[i],
          headline,
          article: article ? toRows([article])[0] : null,
        })),
      });
      const attributes = model().attributes as Record<string, { type: string }>;
      const row = Object.fromEntries(Object.entries(valid).filter(([name]) => attributes[name]?.type !== 'component'));
      const { ids } = (await strapi.db.query(ARTICLE).createMany({
        data: [{ ...row, documentId, publishedAt: null, locale: null }],
      })) as { ids: number[] };
      const created = { id: ids[0], documentId };
      await attachComponents(created.id, components);
      await insertLinks(
        strapi,
        Object.entries({ tags, people, organizations }).map(([attribute, targets]) => ({
          join: joinTableOf(strapi, ARTICLE, attribute),
          links: toRows(targets).map((targetId) => ({ sourceId: created.id, targetId })),
        })),
      );
      return created;
    },
  };
};

export type ArticleWriter = ReturnType<typeof articleWriter>;
export default articleWriter;
