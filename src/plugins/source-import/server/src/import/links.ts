import type { Core } from '@strapi/strapi';
import { insertRows, rawRows } from './sql';

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

/** Links from sources to targets of one relation; `newTargets` when no target has links yet. */
export type LinkSet = { join: JoinTable; links: Array<{ sourceId: number; targetId: number }>; newTargets?: boolean };

/**
 * The next value of the inverse order column for each target of each set: one past the end of
 * the list of links the target already has. Strapi's own query asks `max(order) ... where
 * target in (...) group by target`, which reads every link of every target: with a tag on
 * thousands of articles, each import would read them all again, and imports slow down as the
 * archive grows. One `max` per target instead, each answered from the end of the (target,
 * order) index the plugin creates, all in one statement.
 */
async function nextInverseOrders(strapi: Core.Strapi, sets: LinkSet[]): Promise<Map<string, number>> {
  const next = new Map<string, number>();
  const schema = strapi.db.getSchemaName();
  const parts: string[] = [];
  const bindings: unknown[] = [];
  for (const { join, links, newTargets } of sets) {
    if (!join.inverseOrderColumnName || newTargets) continue;
    for (const targetId of new Set(links.map((l) => l.targetId))) {
      parts.push('select ? as link, (select max(??) from ?? where ?? = ?) as last');
      bindings.push(`${join.name}:${targetId}`, join.inverseOrderColumnName, schema ? `${schema}.${join.name}` : join.name);
      bindings.push(join.inverseJoinColumn.name, targetId);
    }
  }
  if (parts.length === 0) return next;
  const rows = await rawRows<{ link: string; last: number | string | null }>(strapi, parts.join(' union all '), bindings);
  for (const row of rows) next.set(row.link, Number(row.last ?? 0) + 1);
  return next;
}

/**
 * Inserts the link rows of several relations: each link numbered in the order given on its
 * source's side, and appended at the end of its target's list on the other side, as Strapi
 * does. One statement for the orders, one insert per relation.
 */
export async function insertLinks(strapi: Core.Strapi, sets: LinkSet[]) {
  const filled = sets.filter((set) => set.links.length > 0);
  if (filled.length === 0) return;
  const inverse = await nextInverseOrders(strapi, filled);
  for (const { join, links } of filled) {
    const own = new Map<number, number>();
    const rows = links.map(({ sourceId, targetId }) => {
      const row: Record<string, number> = { [join.joinColumn.name]: sourceId, [join.inverseJoinColumn.name]: targetId };
      if (join.orderColumnName) {
        const order = (own.get(sourceId) ?? 0) + 1;
        row[join.orderColumnName] = order;
        own.set(sourceId, order);
      }
      if (join.inverseOrderColumnName) {
        const key = `${join.name}:${targetId}`;
        const order = inverse.get(key) ?? 1;
        row[join.inverseOrderColumnName] = order;
        inverse.set(key, order + 1);
      }
      return row;
    });
    await insertRows(strapi, join.name, rows);
  }
}
