import type { Core } from '@strapi/strapi';
import { changeFeedOf } from './change-feed';

/**
 * The permissions of each users-permissions role, and the ability built from them, kept in
 * memory until the next write of permissions or roles, instead of read and built again for
 * every request.
 *
 * Why: the users-permissions strategy authenticates every content-API request, the public's
 * too, by reading its role's permissions (`up_permissions` through the role link) and building
 * a CASL ability from them; both cost more Node CPU than the one-article read's own queries.
 *
 * Why a revoked permission still shows on the very next request: a write of `up_permissions`,
 * `up_roles` or their link table is logged by the change log's triggers as a write of something
 * it cannot place (`{ all: true }`, read-cache-changes.ts), whoever wrote it (this process,
 * another instance, psql). Before a kept list is used, the request asks the change feed what
 * was committed since (one question per request, shared with the read cache); a `{ all: true }`
 * change drops everything kept here. Without an answer (no change log, a lost connection) the
 * permissions are read as Strapi reads them. What a user is (their role, blocked, confirmed) is
 * still read for every request, by Strapi.
 *
 * The ability is a function of the actions alone (no conditions, no subjects: content-API
 * permissions are actions), so it is kept by the list of actions: the same list gives the same
 * ability, whoever asks (an API token's abilities are built by the same engine).
 */

type PermissionService = {
  findPublicPermissions(): Promise<unknown[]>;
  findRolePermissions(roleId: unknown): Promise<unknown[]>;
};
type Engine = { generateAbility(permissions: unknown[], options?: object): Promise<unknown> };

/** Kept abilities: more distinct lists of actions than this (API tokens of their own) start afresh. */
const MAX_ABILITIES = 1000;

export function rememberRolePermissions(strapi: Core.Strapi) {
  const feed = changeFeedOf(strapi);
  const permissions = new Map<string, Promise<unknown[]>>();
  const abilities = new Map<string, Promise<unknown>>();
  feed.onChange((change) => {
    if (!change.all) return;
    permissions.clear();
    abilities.clear();
  });

  /** `read()`, or what it gave since the last change committed before this request. */
  const remember = async (key: string, read: () => Promise<unknown[]>) => {
    const request = strapi.requestContext.get();
    if (!request || !(await feed.verifyFor(request))) return read();
    let kept = permissions.get(key);
    if (!kept) {
      kept = read();
      permissions.set(key, kept);
      kept.catch(() => permissions.get(key) === kept && permissions.delete(key));
    }
    return kept;
  };

  const service = strapi.plugin('users-permissions').service('permission') as unknown as PermissionService;
  const findPublicPermissions = service.findPublicPermissions.bind(service);
  const findRolePermissions = service.findRolePermissions.bind(service);
  service.findPublicPermissions = () => remember('public', findPublicPermissions);
  service.findRolePermissions = (roleId) => remember(`role ${String(roleId)}`, () => findRolePermissions(roleId));

  const engine = strapi.contentAPI.permissions.engine as unknown as Engine;
  const generateAbility = engine.generateAbility;
  engine.generateAbility = function (this: Engine, list, options) {
    const actions = actionsOnly(list);
    if (actions === null || (options !== undefined && Object.keys(options).length > 0)) return generateAbility.call(this, list, options);
    const key = actions.join('\n');
    let kept = abilities.get(key);
    if (!kept) {
      if (abilities.size >= MAX_ABILITIES) abilities.clear();
      kept = generateAbility.call(this, list, options);
      abilities.set(key, kept);
      kept.catch(() => abilities.get(key) === kept && abilities.delete(key));
    }
    return kept;
  };
}

/** The actions of permissions that are nothing but an action, in their order; null otherwise. */
const actionsOnly = (list: unknown[]): string[] | null => {
  const actions: string[] = [];
  for (const permission of list) {
    if (permission === null || typeof permission !== 'object') return null;
    const { action, ...rest } = permission as { action?: unknown };
    if (typeof action !== 'string' || Object.keys(rest).length > 0) return null;
    actions.push(action);
  }
  return actions;
};
