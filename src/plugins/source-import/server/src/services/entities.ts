import type { Core } from '@strapi/strapi';
import type { Organization, Person } from '../reader/types';
import { foldName, isIdentifyingAlias, withoutMiddleInitials } from '../import/names';

const PERSON = 'api::person.person';
const ORGANIZATION = 'api::organization.organization';
const TAG = 'api::tag.tag';
const ENTITY_KEY = 'plugin::source-import.entity-key';

type EntityType = 'person' | 'organization';
export type EntityAction = 'created' | 'merged' | 'unchanged';
export type Resolution = { documentId: string | null; name: string; action: EntityAction };

const keyOf = (type: EntityType, name: string) => `${type}:${foldName(name)}`;
const uniqueBy = <T>(items: T[], by: (item: T) => string) => {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = by(item);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/** Adds the forms not yet known (compared folded); keeps the order they were first seen in. */
const mergeAliases = (canonical: string, known: unknown, incoming: string[]): string[] => {
  const base = Array.isArray(known) ? known.filter((a): a is string => typeof a === 'string') : [];
  const folded = new Set([foldName(canonical), ...base.map(foldName)]);
  const added = incoming.filter((alias) => {
    const f = foldName(alias);
    if (!f || folded.has(f)) return false;
    folded.add(f);
    return true;
  });
  return [...base, ...added];
};

const sameList = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const slugifyTag = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * Finds people, organizations and tags again across documents, and creates the missing ones.
 * Every call runs inside the importer's transaction; nothing here commits on its own.
 */
const entities = ({ strapi }: { strapi: Core.Strapi }) => {
  const keys = () => strapi.db.query(ENTITY_KEY);

  /** The entity the first usable key points to: names are tried in the order given. */
  async function findByNames(type: EntityType, names: string[]): Promise<string | null> {
    const wanted = uniqueBy(names.map((n) => keyOf(type, n)), (k) => k);
    if (wanted.length === 0) return null;
    const rows = await keys().findMany({ where: { key: { $in: wanted } } });
    for (const key of wanted) {
      const row = rows.find((r: { key: string }) => r.key === key);
      if (row && !row.ambiguous && row.targetDocumentId) return row.targetDocumentId;
    }
    return null;
  }

  /**
   * Records the names an entity is found again by. A name already held by another entity
   * becomes ambiguous and resolves to neither from then on.
   */
  async function claimNames(type: EntityType, documentId: string, names: string[]) {
    const wanted = uniqueBy(names.map((n) => keyOf(type, n)), (k) => k).filter((k) => k !== `${type}:`);
    if (wanted.length === 0) return;
    const rows = await keys().findMany({ where: { key: { $in: wanted } } });
    const byKey = new Map(rows.map((r: { key: string }) => [r.key, r]));
    for (const key of wanted) {
      const row = byKey.get(key) as { id: number; targetDocumentId: string | null; ambiguous: boolean } | undefined;
      if (!row) {
        await keys().create({ data: { key, entityType: type, targetDocumentId: documentId, ambiguous: false } });
      } else if (!row.ambiguous && row.targetDocumentId !== documentId) {
        await keys().update({ where: { id: row.id }, data: { ambiguous: true, targetDocumentId: null } });
      }
    }
  }

  async function resolveOrganization(org: Organization, dryRun: boolean): Promise<Resolution> {
    const forms = [org.name, org.acronym, ...org.aliases].filter((n): n is string => Boolean(n && n.trim()));
    const identifying = forms.filter((n, i) => i === 0 || isIdentifyingAlias(n));
    const documentId = await findByNames('organization', identifying);
    const existing = documentId ? await strapi.documents(ORGANIZATION).findOne({ documentId }) : null;

    if (!existing) {
      if (dryRun) return { documentId: null, name: org.name, action: 'created' };
      const created = await strapi.documents(ORGANIZATION).create({
        data: {
          name: org.name,
          acronym: org.acronym ?? undefined,
          aliases: mergeAliases(org.name, [], forms.slice(1).filter((f) => f !== org.acronym)),
          kind: org.kind,
        },
      });
      await claimNames('organization', created.documentId, identifying);
      return { documentId: created.documentId, name: org.name, action: 'created' };
    }

    const name = existing.name ?? org.name;
    const aliases = mergeAliases(name, existing.aliases, forms.filter((f) => f !== (existing.acronym ?? org.acronym)));
    const acronym = existing.acronym || org.acronym || undefined;
    const kind = existing.kind && existing.kind !== 'other' ? existing.kind : org.kind;
    const before = Array.isArray(existing.aliases) ? existing.aliases : [];
    const changed = !sameList(before, aliases) || acronym !== (existing.acronym || undefined) || kind !== existing.kind;
    if (!dryRun) {
      if (changed) {
        await strapi.documents(ORGANIZATION).update({ documentId: existing.documentId, data: { aliases, acronym, kind } });
      }
      await claimNames('organization', existing.documentId, identifying);
    }
    return { documentId: existing.documentId, name, action: changed ? 'merged' : 'unchanged' };
  }

  async function resolvePerson(
    person: Person,
    organizationIds: Map<string, string | null>,
    dryRun: boolean,
  ): Promise<Resolution> {
    const nameTokens = person.name.trim().split(/\s+/).length;
    const identifyingAliases = person.aliases.filter(isIdentifyingAlias);
    // A full name is found only by itself ("Anna Byman" is not "Byman"); a lone surname is
    // found by the surname another document recorded, unless that surname is ambiguous.
    const shortName = withoutMiddleInitials(person.name);
    const fullNames = shortName ? [person.name, shortName] : [person.name];
    const documentId = await findByNames('person', fullNames);
    const existing = documentId
      ? await strapi.documents(PERSON).findOne({
          documentId,
          populate: { affiliations: { populate: { organization: true } }, organizations: true },
        })
      : null;
    const orgId = person.organization ? organizationIds.get(foldName(person.organization)) ?? null : null;
    const names = nameTokens > 1 ? [...fullNames, ...identifyingAliases] : [person.name];

    if (!existing) {
      if (dryRun) return { documentId: null, name: person.name, action: 'created' };
      const created = await strapi.documents(PERSON).create({
        data: {
          name: person.name,
          aliases: mergeAliases(person.name, [], person.aliases),
          affiliations: person.role || orgId ? [{ role: person.role ?? undefined, organization: orgId ?? undefined }] : [],
          organizations: orgId ? [orgId] : [],
        },
      });
      await claimNames('person', created.documentId, names);
      return { documentId: created.documentId, name: person.name, action: 'created' };
    }

    const name = existing.name ?? person.name;
    const aliases = mergeAliases(name, existing.aliases, [person.name, ...person.aliases]);
    type Affiliation = { role?: string | null; organization?: { documentId: string } | null };
    const affiliations = ((existing.affiliations ?? []) as Affiliation[]).map((a) => ({
      role: a.role ?? null,
      organization: a.organization?.documentId ?? null,
    }));
    const hasAffiliation = affiliations.some(
      (a) => (a.role ?? null) === (person.role ?? null) && (a.organization ?? null) === orgId,
    );
    const addAffiliation = Boolean(person.role || orgId) && !hasAffiliation;
    const organizationIdsOfPerson = ((existing.organizations ?? []) as Array<{ documentId: string }>).map((o) => o.documentId);
    const addOrganization = Boolean(orgId) && !organizationIdsOfPerson.includes(orgId as string);
    const before = Array.isArray(existing.aliases) ? existing.aliases : [];
    const changed = !sameList(before, aliases) || addAffiliation || addOrganization;

    if (!dryRun) {
      if (changed) {
        await strapi.documents(PERSON).update({
          documentId: existing.documentId,
          data: {
            aliases,
            affiliations: [
              ...affiliations.map((a) => ({ role: a.role ?? undefined, organization: a.organization ?? undefined })),
              ...(addAffiliation ? [{ role: person.role ?? undefined, organization: orgId ?? undefined }] : []),
            ],
            organizations: addOrganization ? [...organizationIdsOfPerson, orgId as string] : organizationIdsOfPerson,
          },
        });
      }
      await claimNames('person', existing.documentId, names);
    }
    return { documentId: existing.documentId, name, action: changed ? 'merged' : 'unchanged' };
  }

  async function resolveTag(name: string, dryRun: boolean): Promise<Resolution> {
    const slug = slugifyTag(name);
    const existing = await strapi.documents(TAG).findFirst({
      filters: { $or: [{ name: { $eqi: name } }, ...(slug ? [{ slug }] : [])] },
    });
    if (existing) return { documentId: existing.documentId, name: existing.name ?? name, action: 'unchanged' };
    if (dryRun) return { documentId: null, name, action: 'created' };
    const created = await strapi.documents(TAG).create({ data: { name, ...(slug ? { slug } : {}) } });
    return { documentId: created.documentId, name, action: 'created' };
  }

  return { resolveOrganization, resolvePerson, resolveTag, findByNames };
};

export type Entities = ReturnType<typeof entities>;
export default entities;
