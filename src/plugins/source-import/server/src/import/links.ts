import type { Core } from '@strapi/strapi';
import { inTransaction, rawRows } from './sql';

/** A relation's link table, as Strapi's metadata describes it. */
export type JoinTable = {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
};

/** The join table of a content type's relation attribute. */
export const joinTableOf = (strapi: Core.Strapi, uid: string, attribute: string): JoinTable =>
  (strapi.db.metadata.get(uid as never) as unknown as { attributes: Record<string, { joinTable: JoinTable }> }).attributes[attribute]
    .joinTable;

/**
 * The next value of the inverse order column for each target: one past the end of the list of
 * links the target already has. Strapi's own query asks `max(order) ... where target in (...)
 * group by target`, which reads every link of every target: with a tag on thousands of
 * articles, each import would read them all again, and imports slow down as the archive grows.
 * One `max` per target instead, each answered from the end of the (target, order) index the
 * plugin creates, in one statement whatever the number of targets.
 */
export async function nextInverseOrders(strapi: Core.Strapi, join: JoinTable, targetIds: number[]): Promise<Map<number, number>> {
  const next = new Map<number, number>();
  const unique = [...new Set(targetIds)];
  if (unique.length === 0 || !join.inverseOrderColumnName) return next;
  const column = join.inverseJoinColumn.name;
  const order = join.inverseOrderColumnName;
  const schema = strapi.db.getSchemaName();
  const table = schema ? `${schema}.${join.name}` : join.name;
  const sql = unique.map(() => 'select ? as target, (select max(??) from ?? where ?? = ?) as last').join(' union all ');
  const rows = await rawRows<{ target: number | string; last: number | string | null }>(
    strapi,
    sql,
    unique.flatMap((id) => [id, order, table, column, id]),
  );
  for (const row of rows) next.set(Number(row.target), Number(row.last ?? 0) + 1);
  return next;
}

/**
 * Inserts link rows from `sources` to targets, appending each at the end of its target's list
 * (the inverse order column) and numbering them in the order given on the source's side.
 */
export async function insertLinks(strapi: Core.Strapi, join: JoinTable, links: Array<{ sourceId: number; targetId: number }>) {
  if (links.length === 0) return;
  const inverse = await nextInverseOrders(strapi, join, links.map((l) => l.targetId));
  const own = new Map<number, number>();
  const rows = links.map(({ sourceId, targetId }) => {
    const row: Record<string, number> = { [join.joinColumn.name]: sourceId, [join.inverseJoinColumn.name]: targetId };
    if (join.orderColumnName) {
      const order = (own.get(sourceId) ?? 0) + 1;
      row[join.orderColumnName] = order;
      own.set(sourceId, order);
    }
    if (join.inverseOrderColumnName) {
      const order = inverse.get(targetId) ?? 1;
      row[join.inverseOrderColumnName] = order;
      inverse.set(targetId, order + 1);
    }
    return row;
  });
  await inTransaction(strapi, (table) => table(join.name).insert(rows));
}
