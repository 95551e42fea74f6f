import type { Core } from '@strapi/strapi';
import { MergeRefusedError } from '../import/errors';
import { mergeAliases } from '../import/names';
import { inTransaction, tableOf, type Table } from '../import/sql';

const PERSON = 'api::person.person';
const ORGANIZATION = 'api::organization.organization';
const ENTITY_KEY = 'plugin::source-import.entity-key';
const MERGE = 'plugin::source-import.merge';

export type MergeType = 'person' | 'organization';
const UIDS: Record<MergeType, string> = { person: PERSON, organization: ORGANIZATION };

type JoinTable = {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
};
type RelationMeta = { type: string; target?: string; mappedBy?: string; joinTable?: JoinTable };
type ModelMeta = { uid: string; tableName: string; attributes: Record<string, RelationMeta> };

/**
 * One link table seen from the merged type: the column that holds the entry's id, the column of
 * the other side, and the order column of the entry's own list (the other side's order stays).
 */
type Side = { table: string; own: string; other: string; ownOrder?: string; relation: string };

/** Every link table that holds ids of `uid`, from the owning side of each relation. */
function sidesOf(strapi: Core.Strapi, uid: string): Side[] {
  const sides: Side[] = [];
  for (const meta of (strapi.db.metadata as unknown as Map<string, ModelMeta>).values()) {
    for (const [name, attribute] of Object.entries(meta.attributes)) {
      const join = attribute.joinTable;
      if (attribute.type !== 'relation' || !join || attribute.mappedBy) continue;
      const relation = `${meta.uid}.${name}`;
      // The entry is the target of another model's relation (a quote's speaker, an article's people).
      if (attribute.target === uid) {
        sides.push({ table: join.name, own: join.inverseJoinColumn.name, other: join.joinColumn.name, ownOrder: join.inverseOrderColumnName, relation });
      }
      // The entry owns the relation (a person's organizations).
      if (meta.uid === uid) {
        sides.push({ table: join.name, own: join.joinColumn.name, other: join.inverseJoinColumn.name, ownOrder: join.orderColumnName, relation });
      }
    }
  }
  return sides;
}

type Entry = { id: number; documentId: string; name: string; aliases?: unknown; acronym?: string | null; kind?: string | null };

/**
 * Merges duplicates: the entry `from` is folded into `into` and deleted. Everything that pointed
 * at it points at the kept one (a person's quotes as speaker, the articles that mention it, the
 * affiliations naming an organization, a person's organizations, in draft and published rows
 * alike), each appended at the end of the kept entry's list in the order it had, a link the
 * kept entry already has dropped rather than doubled; its name, aliases (and an organization's
 * acronym) become aliases of the kept one; its affiliations move to the kept person; the names
 * imports find it by (entity keys) find the kept one. All in one transaction, recorded in the
 * history. Refused, changing nothing, for an entry into itself, an entry that does not exist,
 * or two organizations of different kinds (neither `other`).
 */
const merge = ({ strapi }: { strapi: Core.Strapi }) => ({
  async mergeInto({ type, from, into, by }: { type: MergeType; from: string; into: string; by?: string | null }) {
    const uid = UIDS[type];
    if (!uid) throw new MergeRefusedError(`Unexpected type \`${type}\`, expected \`person\` or \`organization\``, 'invalid-type');
    if (from === into) throw new MergeRefusedError('An entry cannot be merged into itself', 'same-entry', { documentId: from });

    return strapi.db.transaction(async () => {
      const table = tableOf(strapi, uid);
      const fields = type === 'person' ? ['id', 'document_id', 'name', 'aliases'] : ['id', 'document_id', 'name', 'aliases', 'acronym', 'kind'];
      // The removed entry's row is locked first: an import that links to it meanwhile waits,
      // then fails on the missing row and is imported again, finding the kept entry.
      const rows = (await inTransaction(strapi, async (t: Table) => {
        const query = t(table).select(fields).whereIn('document_id', [from, into]).orderBy('id');
        const client = (strapi.db as unknown as { dialect: { client: string } }).dialect.client;
        return client === 'postgres' ? query.forUpdate() : query;
      })) as Array<Record<string, unknown>>;
      const entry = (documentId: string): Entry | undefined => {
        const row = rows.find((r) => r.document_id === documentId);
        if (!row) return undefined;
        const aliases = typeof row.aliases === 'string' ? JSON.parse(row.aliases) : row.aliases;
        return { ...(row as unknown as Entry), documentId, aliases };
      };
      const removed = entry(from);
      const kept = entry(into);
      for (const [documentId, found] of [
        [from, removed],
        [into, kept],
      ] as const) {
        if (!found) throw new MergeRefusedError(`No ${type} has the documentId \`${documentId}\``, 'not-found', { documentId });
      }
      if (type === 'organization' && removed!.kind !== kept!.kind && removed!.kind !== 'other' && kept!.kind !== 'other') {
        throw new MergeRefusedError(
          `Unexpected merge of a \`${removed!.kind}\` organization into a \`${kept!.kind}\` one: an organization is merged only into one of the same kind (or of kind \`other\`)`,
          'different-kinds',
          { from: removed!.kind, into: kept!.kind },
        );
      }

      const moved: Record<string, number> = {};
      for (const side of sidesOf(strapi, uid)) {
        const count = await moveLinks(strapi, side, removed!.id, kept!.id);
        if (count > 0) moved[side.relation] = count;
      }
      if (type === 'person') {
        const count = await moveComponents(strapi, uid, 'affiliations', removed!.id, kept!.id);
        if (count > 0) moved.affiliations = count;
      }
      const keys = (await strapi.db.query(ENTITY_KEY).updateMany({ where: { targetDocumentId: from }, data: { targetDocumentId: into } })) as { count: number };
      if (keys.count > 0) moved.entityKeys = keys.count;

      const names = [removed!.name, ...(type === 'organization' && removed!.acronym && kept!.acronym ? [removed!.acronym] : []), ...asStrings(removed!.aliases)];
      const aliases = mergeAliases(kept!.name, kept!.aliases, names.filter((n) => n !== kept!.acronym));
      // The name is written again (unchanged) so that the quotes' labels, which carry their
      // speaker's name, are brought up to date for the quotes that moved.
      const data: Record<string, unknown> = { name: kept!.name, aliases };
      if (type === 'organization') {
        if (!kept!.acronym && removed!.acronym) data.acronym = removed!.acronym;
        if (kept!.kind === 'other' && removed!.kind && removed!.kind !== 'other') data.kind = removed!.kind;
      }
      await strapi.documents(uid as never).delete({ documentId: from });
      await strapi.documents(uid as never).update({ documentId: into, data } as never);

      const record = {
        entityType: type,
        mergedBy: by ?? null,
        mergedAt: new Date(),
        kept: { documentId: into, name: kept!.name },
        removed: { documentId: from, name: removed!.name, aliases: asStrings(removed!.aliases), ...(type === 'organization' ? { acronym: removed!.acronym ?? null, kind: removed!.kind } : {}) },
        moved: { ...moved, aliasesAdded: aliases.length - asStrings(kept!.aliases).length },
      };
      await strapi.db.query(MERGE).create({ data: record });
      return record;
    });
  },

  /** The merges recorded, newest first. */
  async history(limit = 50) {
    return strapi.db.query(MERGE).findMany({ orderBy: { mergedAt: 'desc' }, limit });
  },
});

const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * Moves the links of `from` in one link table to `into`: appended after the kept entry's last
 * (its own list's order), in the order they had; a link to something the kept entry is already
 * linked to is dropped. A few statements whatever the number of links. Returns how many links
 * now point at the kept entry.
 */
async function moveLinks(strapi: Core.Strapi, side: Side, from: number, into: number): Promise<number> {
  return inTransaction(strapi, async (t: Table) => {
    const kept = t(side.table).select(side.other).where(side.own, into);
    // The doubles go first, so that the others can move beside the kept entry's own links.
    await t(side.table).where(side.own, from).whereIn(side.other, kept).delete();
    const moving: Record<string, unknown> = { [side.own]: into };
    if (side.ownOrder) {
      const delta = await shift(t, side.table, side.ownOrder, { [side.own]: from }, { [side.own]: into });
      moving[side.ownOrder] = plus(strapi, side.ownOrder, delta);
    }
    return Number(await t(side.table).where(side.own, from).update(moving));
  });
}

/**
 * How far an order column's values must move for the rows matching `from` to come right after
 * the rows matching `into`, in the order they had (0 when `from` has none).
 */
async function shift(t: Table, table: string, column: string, from: Record<string, unknown>, into: Record<string, unknown>): Promise<number> {
  const [{ first }] = (await t(table).min({ first: column }).where(from)) as Array<{ first: number | string | null }>;
  const [{ last }] = (await t(table).max({ last: column }).where(into)) as Array<{ last: number | string | null }>;
  return first === null ? 0 : Number(last ?? 0) + 1 - Number(first);
}

/** `column + delta`, as a value of an update. */
const plus = (strapi: Core.Strapi, column: string, delta: number) =>
  (strapi.db.connection as unknown as { raw: (sql: string, bindings: unknown[]) => unknown }).raw('?? + ?', [column, delta]);

/** Moves an entry's components of one field to another entry, after the other's own. */
async function moveComponents(strapi: Core.Strapi, uid: string, field: string, from: number, into: number): Promise<number> {
  const cmps = `${tableOf(strapi, uid)}_cmps`;
  return inTransaction(strapi, async (t: Table) => {
    const delta = await shift(t, cmps, 'order', { entity_id: from, field }, { entity_id: into, field });
    return Number(await t(cmps).where({ entity_id: from, field }).update({ entity_id: into, order: plus(strapi, 'order', delta) }));
  });
}

export type Merge = ReturnType<typeof merge>;
export default merge;
