import type { Core } from '@strapi/strapi';
import { createId } from '@paralleldrive/cuid2';
import { emitAfterCommit } from '../import/events';
import { insertLinks, joinTableOf } from '../import/links';
import { inTransaction, insertRows, tableOf } from '../import/sql';
import slugify from '@sindresorhus/slugify';

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

/** A new article to write: its documentId, chosen beforehand so that others can point at it. */
export type NewArticle = { documentId: string; data: ArticleData };

/**
 * Creates new articles as drafts with the rows the Document Service's `create` writes (the
 * article row, its components with their `articles_cmps` links, the tag, people and
 * organization links with both order columns), a batch of articles in a handful of statements
 * instead of a dozen per article, and without the full re-read the Document Service makes for
 * its `entry.create` event. The same validation runs (Strapi's entity validator, draft rules),
 * and slugs are the Content Manager's (see `uniqueSlugs`). Relations are given as row ids the
 * importer already holds, so nothing is looked up twice. Runs inside the importer's transaction.
 */
const articleWriter = ({ strapi }: { strapi: Core.Strapi }) => {
  const model = () => strapi.contentType(ARTICLE as never) as unknown as { attributes: Record<string, unknown> };
  const attributesOf = (uid: string) =>
    (strapi.components as unknown as Record<string, { attributes: Record<string, { type: string }> }>)[uid].attributes;

  /** A component of one article, with the (row id) targets of its own relations. */
  type Part = { article: number; field: string; component: string; repeatable: boolean; value: Record<string, unknown>; id?: number };

  /**
   * The articles' components, all of a type written with one multi-row insert (and a
   * component's own relations, a related headline's article, with one more), then attached to
   * their articles with one insert into `<table>_cmps`, as the query engine numbers them.
   */
  async function writeComponents(articleIds: number[], valid: Array<Record<string, unknown>>, rowIds: ReadonlyMap<string, number>) {
    const parts: Part[] = [];
    for (const [field, attribute] of Object.entries(model().attributes)) {
      const { type, component, repeatable = false } = attribute as ComponentAttribute;
      if (type !== 'component') continue;
      valid.forEach((data, article) => {
        if (data[field] == null) return;
        const values = repeatable ? (data[field] as Record<string, unknown>[]) : [data[field] as Record<string, unknown>];
        for (const value of values) parts.push({ article, field, component, repeatable, value: { ...value } });
      });
    }
    for (const component of new Set(parts.map((p) => p.component))) {
      const ofType = parts.filter((p) => p.component === component);
      const attributes = attributesOf(component);
      const relationNames = Object.keys(attributes).filter((name) => attributes[name].type === 'relation');
      // Relation values (documentIds) are kept aside: createMany writes the component's own columns.
      const targets = ofType.map(({ value }) => relationNames.map((name) => value[name]));
      for (const { value } of ofType) for (const name of relationNames) delete value[name];
      const { ids } = (await strapi.db.query(component as never).createMany({ data: ofType.map((p) => p.value) })) as { ids: number[] };
      ofType.forEach((part, i) => (part.id = ids[i]));
      await insertLinks(
        strapi,
        relationNames.map((name, r) => ({
          join: joinTableOf(strapi, component, name),
          links: ofType.flatMap((part, i) => {
            const target = targets[i][r];
            return typeof target === 'string' ? [{ sourceId: part.id!, targetId: rowOf(rowIds, target) }] : [];
          }),
        })),
      );
    }
    if (parts.length === 0) return;
    const metadata = strapi.db.metadata.get(ARTICLE as never) as unknown as { attributes: Record<string, { joinTable: ComponentJoin }> };
    const join = metadata.attributes[parts[0].field].joinTable;
    const position = new Map<string, number>();
    const rows = parts.map(({ article, field, component, repeatable, id }) => {
      // Single components are linked without an order, repeatable ones numbered from 1.
      const key = `${article}:${field}`;
      const order = (position.get(key) ?? 0) + 1;
      position.set(key, order);
      return {
        [join.joinColumn.name]: articleIds[article],
        [join.inverseJoinColumn.name]: id,
        field,
        component_type: component,
        [join.orderColumnName]: repeatable ? order : null,
      };
    });
    await insertRows(strapi, join.name, rows);
  }

  /**
   * Slugs for new articles, as the Content Manager makes them (`slugify` of the headline with
   * the attribute's options, then `-1`, `-2`... past the drafts that hold it), unique within the
   * batch too. One query for the whole batch, which reads only the slugs that can collide (the
   * same words with a number after them), where the Content Manager's reads every draft whose
   * slug merely starts with the same letters: a short headline made it read thousands.
   */
  async function uniqueSlugs(headlines: Array<string | null>): Promise<Array<string | null>> {
    const { options } = model().attributes.slug as { options?: Record<string, unknown> };
    const bases = headlines.map((h) => (h && h.trim() ? slugify(h, options) || null : null));
    const wanted = [...new Set(bases.filter((b): b is string => Boolean(b)))];
    const taken = new Set<string>();
    const plain = wanted.filter(isPlain);
    if (plain.length > 0) {
      const client = (strapi.db as unknown as { dialect: { client: string } }).dialect.client;
      const rows = (await inTransaction(strapi, (table) =>
        table(tableOf(strapi, ARTICLE))
          .select('slug')
          .whereNull('published_at')
          .where((q: KnexWhere) => {
            for (const base of plain) {
              q.orWhere('slug', base);
              // The same words and a number: a prefix the slug index answers (GLOB on SQLite,
              // LIKE on PostgreSQL's text_pattern_ops index, see indexes.ts), then digits only.
              const rest = [...base].length + 2;
              if (client === 'sqlite') q.orWhereRaw("?? glob ? and substr(??, ?) not glob '*[^0-9]*'", ['slug', `${base}-[0-9]*`, 'slug', rest]);
              else if (client === 'postgres') q.orWhereRaw("?? like ? and substr(??, ?) ~ '^[0-9]+$'", ['slug', `${base}-%`, 'slug', rest]);
              else q.orWhere('slug', 'like', `${base}-%`);
            }
          }),
      )) as Array<{ slug: string }>;
      for (const { slug } of rows) taken.add(slug);
    }
    // The first free of `base`, `base-1`, `base-2`...; numbers below a base's last one given
    // in this batch are all taken, so the search goes on from there.
    const next = new Map<string, number>();
    const claim = (base: string) => {
      let slug = base;
      let n = next.get(base) ?? 1;
      if (taken.has(slug)) {
        while (taken.has(`${base}-${n}`)) n += 1;
        slug = `${base}-${n}`;
        n += 1;
      }
      next.set(base, n);
      taken.add(slug);
      return slug;
    };
    const slugs: Array<string | null> = [];
    for (const [i, base] of bases.entries()) {
      if (!base) {
        slugs.push(null);
        continue;
      }
      if (!isPlain(base)) {
        // Characters a pattern would misread: the Content Manager's own look-up.
        const found = (await strapi.plugin('content-manager').service('uid').generateUIDField({
          contentTypeUID: ARTICLE,
          field: 'slug',
          data: { headline: headlines[i] },
        })) as string;
        // It knows the database, not the batch.
        slugs.push(claim(found));
        continue;
      }
      slugs.push(claim(base));
    }
    return slugs;
  }

  /** The row ids of the published versions of articles, by documentId. */
  async function publishedRows(documentIds: string[]): Promise<Map<string, number>> {
    const rows = new Map<string, number>();
    if (documentIds.length === 0) return rows;
    const found = (await strapi.db.query(ARTICLE).findMany({
      where: { documentId: { $in: [...new Set(documentIds)] }, publishedAt: { $notNull: true } },
      select: ['id', 'documentId'],
    })) as Array<{ id: number; documentId: string }>;
    for (const { id, documentId } of found) rows.set(documentId, id);
    return rows;
  }

  /**
   * Writes one version (draft or published) of new articles: the article rows, their
   * components, the tag, people and organization links. `valid` holds the validated fields,
   * `targets` maps the documentIds the articles link to onto the rows of this version.
   */
  async function writeVersion(
    articles: NewArticle[],
    valid: Array<Record<string, unknown>>,
    targets: Map<string, number>,
    { publishedAt, now }: { publishedAt: Date | null; now: Date },
  ) {
    const attributes = model().attributes as Record<string, { type: string }>;
    const { ids } = (await strapi.db.query(ARTICLE).createMany({
      data: valid.map((fields, i) => ({
        ...Object.fromEntries(Object.entries(fields).filter(([name]) => attributes[name]?.type !== 'component')),
        documentId: articles[i].documentId,
        publishedAt,
        locale: null,
        // A published version is a copy of its draft, timestamps included (Strapi's publish).
        createdAt: now,
        updatedAt: now,
      })),
    })) as { ids: number[] };
    // Articles of the batch may point at each other: their rows are known from here on.
    articles.forEach(({ documentId }, i) => targets.set(documentId, ids[i]));
    await writeComponents(ids, valid, targets);
    await insertLinks(
      strapi,
      (['tags', 'people', 'organizations'] as const).map((attribute) => ({
        join: joinTableOf(strapi, ARTICLE, attribute),
        links: articles.flatMap(({ data }, i) => data[attribute].map((target) => ({ sourceId: ids[i], targetId: rowOf(targets, target) }))),
      })),
    );
    return ids;
  }

  return {
    /**
     * Creates new articles: the draft of each, and the published version of those `publish`
     * asks for, with the rows the Document Service's `create` then `publish` write. `rowIds`
     * maps the documentIds of the tags, people, organizations and related articles they link
     * to onto (draft) row ids; a related headline may also point at another article of the
     * same batch. A published version is its draft's copy (components cloned, the same links),
     * except that a related headline links to its target's published version, or to nothing
     * when the target has none: as Strapi's publish does, and as if every article of the batch
     * had been published once all of them were. Emits `entry.create` and `entry.publish` once
     * the transaction commits. Returns the articles' draft and published row ids.
     */
    async createArticles(
      articles: Array<NewArticle & { publish?: boolean }>,
      rowIds: ReadonlyMap<string, number>,
    ): Promise<Array<{ id: number; documentId: string; publishedId: number | null }>> {
      if (articles.length === 0) return [];
      const slugs = await uniqueSlugs(articles.map(({ data }) => (data.slug ? null : data.headline)));
      const valid: Array<Record<string, unknown>> = [];
      for (const [i, { data }] of articles.entries()) {
        const { tags: _t, people: _p, organizations: _o, relatedHeadlines, ...fields } = data;
        const scalars: Record<string, unknown> = { ...fields, relatedHeadlines: relatedHeadlines.map(({ headline }) => ({ headline })) };
        if (slugs[i]) scalars.slug = slugs[i];
        const checked = (await strapi.entityValidator.validateEntityCreation(model() as never, scalars as never, { isDraft: true } as never)) as Record<
          string,
          unknown
        >;
        checked.relatedHeadlines = relatedHeadlines.map(({ headline, article }, r) => ({
          ...(checked.relatedHeadlines as Record<string, unknown>[])[r],
          headline,
          article,
        }));
        valid.push(checked);
      }

      const now = new Date();
      const draftIds = await writeVersion(articles, valid, new Map(rowIds), { publishedAt: null, now });
      await emitAfterCommit(strapi, ARTICLE, 'entry.create', draftIds);

      const publishedIds: Array<number | null> = articles.map(() => null);
      const toPublish = [...articles.keys()].filter((i) => articles[i].publish);
      if (toPublish.length > 0) {
        // The targets of the published versions: tags, people and organizations have one row;
        // a related article, its published row (of this batch, or found), else nothing.
        const batch = new Set(toPublish.map((i) => articles[i].documentId));
        const cited = [
          ...new Set(toPublish.flatMap((i) => articles[i].data.relatedHeadlines.flatMap(({ article }) => (article && !batch.has(article) ? [article] : [])))),
        ];
        const found = await publishedRows(cited);
        const targets = new Map(rowIds);
        for (const documentId of cited) {
          if (found.has(documentId)) targets.set(documentId, found.get(documentId)!);
          else targets.delete(documentId);
        }
        const copies = toPublish.map((i) => ({
          ...valid[i],
          relatedHeadlines: (valid[i].relatedHeadlines as Array<Record<string, unknown>>).map((related) => {
            const target = related.article as string | null;
            return { ...related, article: target !== null && (batch.has(target) || found.has(target)) ? target : null };
          }),
        }));
        const ids = await writeVersion(
          toPublish.map((i) => articles[i]),
          copies,
          targets,
          { publishedAt: now, now },
        );
        toPublish.forEach((i, k) => (publishedIds[i] = ids[k]));
        await emitAfterCommit(strapi, ARTICLE, 'entry.publish', ids);
      }
      return articles.map(({ documentId }, i) => ({ id: draftIds[i], documentId, publishedId: publishedIds[i] }));
    },

    /** Creates the drafts of new articles (see `createArticles`). */
    async createDrafts(articles: NewArticle[], rowIds: ReadonlyMap<string, number>): Promise<Array<{ id: number; documentId: string }>> {
      return (await this.createArticles(articles, rowIds)).map(({ id, documentId }) => ({ id, documentId }));
    },

    /** Creates the draft of one new article (see `createDrafts`). */
    async createDraft(data: ArticleData, rowIds: ReadonlyMap<string, number>) {
      const [created] = await this.createDrafts([{ documentId: createId(), data }], rowIds);
      return created;
    },
  };
};

/** A slug a LIKE or GLOB pattern reads literally: letters, digits and hyphens. */
const isPlain = (slug: string) => /^[\p{L}\p{N}-]+$/u.test(slug);

type KnexWhere = { orWhere: (...args: unknown[]) => KnexWhere; orWhereRaw: (sql: string, bindings: unknown[]) => KnexWhere };

const rowOf = (rowIds: ReadonlyMap<string, number>, documentId: string) => {
  const row = rowIds.get(documentId);
  if (row === undefined) throw new Error(`No row is known for the related document ${documentId}`);
  return row;
};

export type ArticleWriter = ReturnType<typeof articleWriter>;
export default articleWriter;
