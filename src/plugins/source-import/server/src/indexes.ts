import type { Core } from '@strapi/strapi';

/**
 * Indexes the importer's look-ups need at every document, which Strapi does not create: the
 * order columns of the link tables (Strapi appends each new link after the target's last one,
 * a max() over all of a popular tag's or person's links), and the columns entities and
 * related headlines are found by. Without them an import slows down as the archive grows.
 * Two more, last in the list, for the public reads. Created at start-up when missing
 * (IF NOT EXISTS), on SQLite and PostgreSQL alike.
 */
const INDEXES: Array<{
  uid: string;
  attribute?: string;
  columns: (table: TableInfo) => string[] | null;
  /** a partial index of the published rows only */
  published?: boolean;
  /** answers prefix LIKEs on PostgreSQL whatever the collation (text_pattern_ops) */
  prefixes?: boolean;
}> = [
  { uid: 'api::article.article', columns: () => ['lower(headline)'] },
  // A new article's slug: the drafts holding the same words, numbered (article-writer.ts).
  { uid: 'api::article.article', columns: () => ['slug'], prefixes: true },
  { uid: 'news.related-headline', columns: () => ['lower(headline)'] },
  { uid: 'api::tag.tag', columns: () => ['name'] },
  { uid: 'api::tag.tag', columns: () => ['slug'] },
  { uid: 'api::person.person', columns: () => ['document_id'] },
  { uid: 'api::organization.organization', columns: () => ['document_id'] },
  { uid: 'api::article.article', attribute: 'tags', columns: inverseOrder },
  { uid: 'api::article.article', attribute: 'people', columns: inverseOrder },
  { uid: 'api::article.article', attribute: 'organizations', columns: inverseOrder },
  { uid: 'api::quote.quote', attribute: 'article', columns: inverseOrder },
  { uid: 'api::quote.quote', attribute: 'speaker', columns: inverseOrder },
  { uid: 'api::quote.quote', attribute: 'speakerOrganization', columns: inverseOrder },
  // Not the importer's: the public list of articles. Newest first (`sort=capturedAt:desc`)
  // without sorting every article, and its total (`count(distinct id)` of the published rows)
  // from the index alone instead of a scan of every row, drafts included.
  { uid: 'api::article.article', columns: () => ['captured_at'] },
  { uid: 'api::article.article', columns: () => ['id'], published: true },
];

type TableInfo = {
  name: string;
  joinTable?: { name: string; inverseJoinColumn: { name: string }; inverseOrderColumnName?: string };
};

/** The link table's target column with its order column: what `max(order) where target = ?` reads. */
function inverseOrder(table: TableInfo): string[] | null {
  const join = table.joinTable;
  return join?.inverseOrderColumnName ? [join.inverseJoinColumn.name, join.inverseOrderColumnName] : null;
}

export async function ensureIndexes(strapi: Core.Strapi) {
  const schema = strapi.db.getSchemaName();
  const postgres = (strapi.db as unknown as { dialect: { client: string } }).dialect.client === 'postgres';
  for (const index of INDEXES) {
    const metadata = strapi.db.metadata.get(index.uid) as unknown as {
      tableName: string;
      attributes: Record<string, { joinTable?: TableInfo['joinTable'] }>;
    };
    const joinTable = index.attribute ? metadata.attributes[index.attribute]?.joinTable : undefined;
    const table = joinTable ? joinTable.name : metadata.tableName;
    const columns = index.columns({ name: table, joinTable });
    if (!columns) continue;
    const name = `si_${table}_${columns.join('_').replace(/\W+/g, '_')}${index.published ? '_published' : ''}${index.prefixes ? '_prefix' : ''}`.slice(0, 60);
    // An expression such as lower(headline) goes in as written; plain columns are quoted.
    const opclass = index.prefixes && postgres ? ' text_pattern_ops' : '';
    const list = columns.map((c) => (/^\w+$/.test(c) ? `??${opclass}` : c.replace(/\((\w+)\)/, '(??)'))).join(', ');
    const bindings = columns.map((c) => (/^\w+$/.test(c) ? c : c.replace(/^.*\((\w+)\).*$/, '$1')));
    const where = index.published ? ' WHERE ?? IS NOT NULL' : '';
    await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? (${list})${where}`, [
      name,
      schema ? `${schema}.${table}` : table,
      ...bindings,
      ...(index.published ? ['published_at'] : []),
    ]);
  }
}
