import path from 'node:path';
import _ from 'lodash';
import type { Core } from '@strapi/strapi';
import { EDITOR_VIEWS, type EditorView } from './editor-views';

/**
 * Applies the editors' views (editor-views.ts) to the Content Manager's configuration, the one
 * "Configure the view" edits and the content-manager plugin keeps in the core store
 * (`plugin_content_manager_configuration_content_types::<uid>`, `…_components::<uid>`).
 *
 * At every start, after the plugin has synchronised its configuration with the schemas. One
 * setting at a time (a label, a description, `editable`, a relation's `mainField`, the list
 * columns, the edit layout): a setting is written only while it still holds what was applied
 * last time, or Strapi's default when nothing was applied yet. A setting an admin changed by
 * hand differs from both and is left alone, now and at later starts. What was applied is kept
 * in the core store beside it.
 */

const RECORD = { type: 'core', name: 'newsroom' } as const;
const RECORD_KEY = 'content-manager-views';

type Applied = Record<string, Record<string, unknown>>;
type Configuration = { settings: Record<string, unknown>; metadatas: Record<string, unknown>; layouts: Record<string, unknown> };

/** The settings of a view, one path each: `metadatas.headline.edit.label`, `layouts.list`… */
function settingsOf(view: EditorView): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const [key, value] of Object.entries(view.settings ?? {})) out.push([`settings.${key}`, value]);
  for (const [name, metadata] of Object.entries(view.metadatas)) {
    for (const side of ['edit', 'list'] as const) {
      for (const [key, value] of Object.entries(metadata[side] ?? {})) out.push([`metadatas.${name}.${side}.${key}`, value]);
    }
  }
  for (const [key, value] of Object.entries(view.layouts ?? {})) out.push([`layouts.${key}`, value]);
  return out;
}

/**
 * Strapi's default configuration of a type, as the content-manager plugin would create it for a
 * new type. Its module is not exported by the package, hence the path into its build (5.54).
 */
function defaultConfigurationOf(strapi: Core.Strapi): (uid: string, isComponent: boolean) => Promise<Configuration> {
  const server = path.dirname(require.resolve('@strapi/content-manager/strapi-server'));
  const { createDefaultConfiguration } = require(path.join(server, 'services/utils/configuration/index.js')) as {
    createDefaultConfiguration: (model: unknown) => Promise<Configuration>;
  };
  const dataMapper = strapi.plugin('content-manager').service('data-mapper');
  return (uid, isComponent) => {
    const schema = isComponent ? strapi.components[uid as never] : strapi.contentTypes[uid as never];
    return createDefaultConfiguration(dataMapper.toContentManagerModel(schema));
  };
}

/**
 * Is `now` what Strapi made of this setting by itself, on an earlier schema? Strapi keeps a
 * stored configuration in step with the schema (new fields appended to the layouts, the old
 * main field kept), so on a database older than this code its settings may differ from the
 * defaults of today's schema and still be untouched by hand.
 */
function strapiMade(setting: string, now: unknown, byDefault: Configuration, attributeOrder: string[]): boolean {
  if (_.isEqual(now, _.get(byDefault, setting))) return true;
  // Until quotes had their short form, Strapi's main field of a quote was its first string
  // attribute: the reporting verb.
  if (/(^settings\.(mainField|defaultSortBy)|\.edit\.mainField)$/.test(setting) && now === 'cue') return true;
  if (setting === 'layouts.list' && Array.isArray(now)) {
    // The first columns in schema order, as Strapi picks them.
    const positions = now.map((name) => attributeOrder.indexOf(name as string));
    return positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]));
  }
  if (setting === 'layouts.edit' && Array.isArray(now)) {
    // Every field at its default size (Strapi appends new ones at the end): not arranged by hand.
    const fields = (rows: unknown) => _.sortBy((rows as Array<Array<{ name: string; size: number }>>).flat(), 'name');
    return _.isEqual(fields(now), fields(_.get(byDefault, setting)));
  }
  return false;
}

export type ViewsOutcome = { applied: number; keptByHand: Array<{ uid: string; setting: string }> };

export async function applyEditorViews(strapi: Core.Strapi, views: Record<string, EditorView> = EDITOR_VIEWS): Promise<ViewsOutcome> {
  const store = strapi.store(RECORD);
  const record = ((await store.get({ key: RECORD_KEY })) ?? {}) as Applied;
  const defaults = defaultConfigurationOf(strapi);
  const outcome: ViewsOutcome = { applied: 0, keptByHand: [] };

  for (const [uid, view] of Object.entries(views)) {
    const isComponent = !uid.includes('::');
    const schema = (isComponent ? strapi.components[uid as never] : strapi.contentTypes[uid as never]) as { attributes: object } | undefined;
    if (!schema) throw new Error(`Editor view of an unknown type or component \`${uid}\``);
    const service = strapi.plugin('content-manager').service(isComponent ? 'components' : 'content-types');
    const model = { uid };
    const current = (await service.findConfiguration(model)) as Configuration & { uid: string };
    const byDefault = await defaults(uid, isComponent);
    const attributeOrder = Object.keys(schema.attributes);
    const applied = { ...(record[uid] ?? {}) };
    const next: Configuration = _.cloneDeep(_.pick(current, ['settings', 'metadatas', 'layouts'])) as Configuration;
    let changed = false;

    for (const [setting, wanted] of settingsOf(view)) {
      const now = _.get(current, setting);
      if (_.isEqual(now, wanted)) {
        applied[setting] = wanted;
        continue;
      }
      const untouched =
        setting in applied ? _.isEqual(now, applied[setting]) : now === undefined || strapiMade(setting, now, byDefault, attributeOrder);
      if (!untouched) {
        outcome.keptByHand.push({ uid, setting });
        continue;
      }
      _.set(next, setting, _.cloneDeep(wanted));
      applied[setting] = wanted;
      changed = true;
      outcome.applied += 1;
    }
    if (changed) await service.updateConfiguration(model, next);
    record[uid] = applied;
  }
  await store.set({ key: RECORD_KEY, value: record });
  if (outcome.applied > 0) strapi.log.info(`Content Manager views: ${outcome.applied} settings applied`);
  return outcome;
}
