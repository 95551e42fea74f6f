import type { Core } from '@strapi/strapi';
import { sanitize } from '@strapi/utils';

/** The events the Document Service emits for the writes the importer makes with its own writers. */
export type EntryEvent = 'entry.create' | 'entry.publish';

type Attribute = { type: string; component?: string; components?: string[]; unstable_virtual?: boolean };

/** Deep populates by model: the schema does not change while the app runs. */
const populates = new WeakMap<Core.Strapi, Map<string, Record<string, unknown>>>();

/**
 * The populate the Document Service's events use (its `getDeepPopulate`, which it caches the
 * same way): every relation (shallow), every media field, components and dynamic zones all the
 * way down.
 */
function deepPopulate(strapi: Core.Strapi, uid: string): Record<string, unknown> {
  const cache = populates.get(strapi) ?? new Map<string, Record<string, unknown>>();
  populates.set(strapi, cache);
  const cached = cache.get(uid);
  if (cached) return cached;
  const populate: Record<string, unknown> = {};
  const { attributes } = strapi.getModel(uid as never) as unknown as { attributes: Record<string, Attribute> };
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'relation' && !attribute.unstable_virtual) populate[name] = { select: undefined };
    else if (attribute.type === 'media') populate[name] = { select: ['*'] };
    else if (attribute.type === 'component') populate[name] = { populate: deepPopulate(strapi, attribute.component!) };
    else if (attribute.type === 'dynamiczone') {
      populate[name] = {
        on: Object.fromEntries((attribute.components ?? []).map((component) => [component, { populate: deepPopulate(strapi, component) }])),
      };
    }
  }
  cache.set(uid, populate);
  return populate;
}

/** Rows read for one event in one query, not one each (how many ids a statement takes at most). */
const READ_CHUNK = 500;

/**
 * Emits `event` for the entries (row ids) of `uid` the way the Document Service does (the
 * entry re-read with its relations and components, sanitized, on Strapi's event hub, which
 * feeds webhooks and any listener), once the current transaction commits, and never when it
 * rolls back. The entries are read together, a few queries for a whole batch, instead of one
 * deep read per entry. Outside a transaction, at once.
 */
export async function emitAfterCommit(strapi: Core.Strapi, uid: string, event: EntryEvent, ids: number[]) {
  if (ids.length === 0) return;
  const emit = async () => {
    const model = strapi.getModel(uid as never) as unknown as { modelName: string; uid: string };
    const populate = deepPopulate(strapi, uid);
    for (let start = 0; start < ids.length; start += READ_CHUNK) {
      const chunk = ids.slice(start, start + READ_CHUNK);
      const entries = (await strapi.db.query(uid as never).findMany({ where: { id: { $in: chunk } }, populate } as never)) as Array<{ id: number }>;
      const byId = new Map(entries.map((entry) => [entry.id, entry]));
      for (const id of chunk) {
        const entry = byId.get(id);
        // Deleted again before the event went out (a later write of the same run): nothing to tell.
        if (!entry) continue;
        const sanitized = await sanitize.sanitizers.defaultSanitizeOutput(
          { schema: model as never, getModel: (name: string) => strapi.getModel(name as never) as never },
          entry,
        );
        await strapi.eventHub.emit(event, { model: model.modelName, uid: model.uid, entry: sanitized });
      }
    }
  };
  const guarded = () => {
    const sending = emit()
      .catch((error: unknown) => {
        strapi.log.error(`source-import: could not emit ${event} for ${uid}: ${(error as Error).message}`);
      })
      .finally(() => inFlight.get(strapi)?.delete(sending));
    const sendings = inFlight.get(strapi) ?? new Set<Promise<void>>();
    inFlight.set(strapi, sendings.add(sending));
  };
  await strapi.db.transaction(async ({ onCommit }) => {
    onCommit(guarded);
  });
}

/** Events on their way out (they go after the commit, without holding the import up), per app. */
const inFlight = new WeakMap<Core.Strapi, Set<Promise<void>>>();

/**
 * Waits for the events still on their way out: the plugin's `destroy` calls it, so that an app
 * that stops right after an import still sends them (and does not read a database it closed).
 */
export async function eventsSent(strapi: Core.Strapi): Promise<void> {
  const sendings = inFlight.get(strapi);
  while (sendings && sendings.size > 0) await Promise.allSettled([...sendings]);
}
