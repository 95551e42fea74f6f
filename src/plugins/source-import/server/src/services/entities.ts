import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Organization, Person } from '../reader/types';
import { foldName, isIdentifyingAlias, mergeAliases, withoutMiddleInitials } from '../import/names';
import type { EntityAction } from '../import/outcome';

const PERSON = 'api::person.person';
const ORGANIZATION = 'api::organization.organization';
const TAG = 'api::tag.tag';
const ENTITY_KEY = 'plugin::source-import.entity-key';

type EntityType = 'person' | 'organization';
export type Resolution = { documentId: string | null; name: string; action: EntityAction };

/** An indexed key: the folded name, or its hash when a name is too long for the column. */
const keyOf = (type: EntityType, name: string) => {
  const folded = foldName(name);
  return folded.length <= 200 ? `${type}:${folded}` : `${type}:#${createHash('sha256').update(folded).digest('hex')}`;
};
const uniqueBy = <T>(items: T[], by: (item: T) => string) => {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = by(item);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};


const sameList = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const slugifyTag = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

type KeyRow = { id?: number; key: string; entityType: EntityType; targetDocumentId: string | null; ambiguous: boolean };
type OrgDoc = { id?: number; documentId: string; name?: string | null; acronym?: string | null; aliases?: unknown; kind?: string | null };
type Affiliation = { role?: string | null; organization?: { documentId: string } | null };
type PersonDoc = {
  id?: number;
  documentId: string;
  name?: string | null;
  aliases?: unknown;
  affiliations?: Affiliation[] | null;
  organizations?: Array<{ documentId: string }> | null;
};
type TagDoc = { id?: number; documentId: string; name?: string | null; slug?: string | null };

const organizationForms = (org: Organization) => {
  const forms = [org.name, org.acronym, ...org.aliases].filter((n): n is string => Boolean(n && n.trim()));
  return { forms, identifying: forms.filter((n, i) => i === 0 || isIdentifyingAlias(n)) };
};

const personNames = (person: Person) => {
  const shortName = withoutMiddleInitials(person.name);
  const fullNames = shortName ? [person.name, shortName] : [person.name];
  const several = person.name.trim().split(/\s+/).length > 1;
  // A full name is found only by itself ("Anna Ostrander" is not "Ostrander"); a lone surname is found
  // by the surname another document recorded, unless that surname is ambiguous.
  return { fullNames, claimed: several ? [...fullNames, ...person.aliases.filter(isIdentifyingAlias)] : [person.name] };
};

/**
 * Finds people, organizations and tags again across documents, and creates the missing ones.
 * One session per document: it loads every key, entity and tag the reading can need in a few
 * queries, resolves in memory, and writes the new keys in one go at the end. Every call runs
 * inside the importer's transaction; nothing here commits on its own.
 */
const entities = ({ strapi }: { strapi: Core.Strapi }) => {
  const keys = () => strapi.db.query(ENTITY_KEY);

  function session(dryRun: boolean) {
    const keyRows = new Map<string, KeyRow>();
    const organizations = new Map<string, OrgDoc>();
    const people = new Map<string, PersonDoc>();
    const tagsByName = new Map<string, TagDoc>();
    const tagsBySlug = new Map<string, TagDoc>();
    const newKeys: KeyRow[] = [];
    const nowAmbiguous = new Set<number>();

    function findByNames(type: EntityType, names: string[]): string | null {
      for (const key of uniqueBy(names.map((n) => keyOf(type, n)), (k) => k)) {
        const row = keyRows.get(key);
        if (row && !row.ambiguous && row.targetDocumentId) return row.targetDocumentId;
      }
      return null;
    }

    /**
     * Records the names an entity is found again by. A name already held by another entity
     * becomes ambiguous and resolves to neither from then on.
     */
    function claimNames(type: EntityType, documentId: string, names: string[]) {
      for (const key of uniqueBy(names.map((n) => keyOf(type, n)), (k) => k)) {
        if (key === `${type}:`) continue;
        const row = keyRows.get(key);
        if (!row) {
          const fresh: KeyRow = { key, entityType: type, targetDocumentId: documentId, ambiguous: false };
          keyRows.set(key, fresh);
          newKeys.push(fresh);
        } else if (!row.ambiguous && row.targetDocumentId !== documentId) {
          row.ambiguous = true;
          row.targetDocumentId = null;
          if (row.id !== undefined) nowAmbiguous.add(row.id);
        }
      }
    }

    return {
      /** Loads, in a handful of queries, everything the reading's entities can be matched with. */
      async preload(reading: { organizations: Organization[]; people: Person[]; tags: string[] }) {
        const wanted = uniqueBy(
          [
            ...reading.organizations.flatMap((o) => organizationForms(o).identifying.map((n) => keyOf('organization', n))),
            ...reading.people.flatMap((p) => personNames(p).claimed.map((n) => keyOf('person', n))),
          ],
          (k) => k,
        );
        if (wanted.length > 0) {
          for (const row of (await keys().findMany({ where: { key: { $in: wanted } } })) as KeyRow[]) keyRows.set(row.key, row);
        }
        const targets = (type: EntityType) =>
          [...new Set([...keyRows.values()].filter((r) => r.entityType === type && r.targetDocumentId).map((r) => r.targetDocumentId as string))];
        const orgIds = targets('organization');
        if (orgIds.length > 0) {
          // The query engine, not the Document Service, for these reads: the same rows (the
          // types have no draft & publish) without the per-call settings look-ups.
          const found = await strapi.db.query(ORGANIZATION).findMany({ where: { documentId: { $in: orgIds } } });
          for (const org of found as OrgDoc[]) organizations.set(org.documentId, org);
        }
        const personIds = targets('person');
        if (personIds.length > 0) {
          const found = await strapi.db.query(PERSON).findMany({
            where: { documentId: { $in: personIds } },
            populate: { affiliations: { populate: { organization: { select: ['documentId'] } } }, organizations: { select: ['documentId'] } },
          });
          for (const person of found as PersonDoc[]) people.set(person.documentId, person);
        }
        if (reading.tags.length > 0) {
          const found = await strapi.db.query(TAG).findMany({
            where: {
              // Equalities the name and slug indexes answer; the slug catches other cases.
              $or: [{ name: { $in: reading.tags } }, { slug: { $in: reading.tags.map(slugifyTag).filter(Boolean) } }],
            },
          });
          for (const tag of found as TagDoc[]) {
            if (tag.name) tagsByName.set(tag.name.toLowerCase(), tag);
            if (tag.slug) tagsBySlug.set(tag.slug, tag);
          }
        }
      },

      async resolveOrganization(org: Organization): Promise<Resolution> {
        const { forms, identifying } = organizationForms(org);
        const documentId = findByNames('organization', identifying);
        const existing = documentId ? organizations.get(documentId) : undefined;

        if (!existing) {
          if (dryRun) return { documentId: null, name: org.name, action: 'created' };
          const created = (await strapi.documents(ORGANIZATION).create({
            data: {
              name: org.name,
              acronym: org.acronym ?? undefined,
              aliases: mergeAliases(org.name, [], forms.slice(1).filter((f) => f !== org.acronym)),
              kind: org.kind,
            },
          })) as OrgDoc;
          organizations.set(created.documentId, created);
          claimNames('organization', created.documentId, identifying);
          return { documentId: created.documentId, name: org.name, action: 'created' };
        }

        const name = existing.name ?? org.name;
        const aliases = mergeAliases(name, existing.aliases, forms.filter((f) => f !== (existing.acronym ?? org.acronym)));
        const acronym = existing.acronym || org.acronym || undefined;
        const kind = (existing.kind && existing.kind !== 'other' ? existing.kind : org.kind) as Organization['kind'];
        const before = Array.isArray(existing.aliases) ? existing.aliases : [];
        const changed = !sameList(before, aliases) || acronym !== (existing.acronym || undefined) || kind !== existing.kind;
        if (!dryRun) {
          if (changed) {
            await strapi.documents(ORGANIZATION).update({ documentId: existing.documentId, data: { aliases, acronym, kind } });
            Object.assign(existing, { aliases, acronym, kind });
          }
          claimNames('organization', existing.documentId, identifying);
        }
        return { documentId: existing.documentId, name, action: changed ? 'merged' : 'unchanged' };
      },

      async resolvePerson(person: Person, organizationIds: Map<string, string | null>): Promise<Resolution> {
        const { fullNames, claimed } = personNames(person);
        const documentId = findByNames('person', fullNames);
        const existing = documentId ? people.get(documentId) : undefined;
        const orgId = person.organization ? organizationIds.get(foldName(person.organization)) ?? null : null;

        if (!existing) {
          if (dryRun) return { documentId: null, name: person.name, action: 'created' };
          const affiliations = person.role || orgId ? [{ role: person.role ?? undefined, organization: orgId ?? undefined }] : [];
          const created = await strapi.documents(PERSON).create({
            data: {
              name: person.name,
              aliases: mergeAliases(person.name, [], person.aliases),
              affiliations,
              organizations: orgId ? [orgId] : [],
            },
          });
          people.set(created.documentId, {
            id: Number(created.id),
            documentId: created.documentId,
            name: person.name,
            aliases: mergeAliases(person.name, [], person.aliases),
            affiliations: affiliations.map((a) => ({ role: a.role ?? null, organization: a.organization ? { documentId: a.organization } : null })),
            organizations: orgId ? [{ documentId: orgId }] : [],
          });
          claimNames('person', created.documentId, claimed);
          return { documentId: created.documentId, name: person.name, action: 'created' };
        }

        const name = existing.name ?? person.name;
        const aliases = mergeAliases(name, existing.aliases, [person.name, ...person.aliases]);
        const affiliations = (existing.affiliations ?? []).map((a) => ({
          role: a.role ?? null,
          organization: a.organization?.documentId ?? null,
        }));
        const hasAffiliation = affiliations.some(
          (a) => (a.role ?? null) === (person.role ?? null) && (a.organization ?? null) === orgId,
        );
        const addAffiliation = Boolean(person.role || orgId) && !hasAffiliation;
        const organizationIdsOfPerson = (existing.organizations ?? []).map((o) => o.documentId);
        const addOrganization = Boolean(orgId) && !organizationIdsOfPerson.includes(orgId as string);
        const before = Array.isArray(existing.aliases) ? existing.aliases : [];
        const changed = !sameList(before, aliases) || addAffiliation || addOrganization;

        if (!dryRun) {
          if (changed) {
            const nextAffiliations = [...affiliations, ...(addAffiliation ? [{ role: person.role ?? null, organization: orgId }] : [])];
            const nextOrganizations = addOrganization ? [...organizationIdsOfPerson, orgId as string] : organizationIdsOfPerson;
            await strapi.documents(PERSON).update({
              documentId: existing.documentId,
              data: {
                aliases,
                affiliations: nextAffiliations.map((a) => ({ role: a.role ?? undefined, organization: a.organization ?? undefined })),
                organizations: nextOrganizations,
              },
            });
            Object.assign(existing, {
              aliases,
              affiliations: nextAffiliations.map((a) => ({ role: a.role, organization: a.organization ? { documentId: a.organization } : null })),
              organizations: nextOrganizations.map((id) => ({ documentId: id })),
            });
          }
          claimNames('person', existing.documentId, claimed);
        }
        return { documentId: existing.documentId, name, action: changed ? 'merged' : 'unchanged' };
      },

      async resolveTag(name: string): Promise<Resolution> {
        const slug = slugifyTag(name);
        const existing = tagsByName.get(name.toLowerCase()) ?? (slug ? tagsBySlug.get(slug) : undefined);
        if (existing) return { documentId: existing.documentId, name: existing.name ?? name, action: 'unchanged' };
        if (dryRun) return { documentId: null, name, action: 'created' };
        const created = await strapi.documents(TAG).create({ data: { name, ...(slug ? { slug } : {}) } });
        const tag = { id: Number(created.id), documentId: created.documentId, name, slug: created.slug ?? slug };
        tagsByName.set(name.toLowerCase(), tag);
        if (tag.slug) tagsBySlug.set(tag.slug, tag);
        return { documentId: created.documentId, name, action: 'created' };
      },

      /** The row ids of the people, organizations and tags the session holds, by documentId. */
      rowIds(): Map<string, number> {
        const ids = new Map<string, number>();
        for (const store of [organizations, people, tagsByName, tagsBySlug] as Array<Map<string, { id?: number; documentId: string }>>) {
          for (const entity of store.values()) if (entity.id !== undefined) ids.set(entity.documentId, entity.id);
        }
        return ids;
      },

      /** Writes the names claimed during the session: new keys in one insert, clashes marked. */
      async flush() {
        if (dryRun) return;
        if (newKeys.length > 0) await keys().createMany({ data: newKeys.map(({ id: _id, ...row }) => row) });
        if (nowAmbiguous.size > 0) {
          await keys().updateMany({ where: { id: { $in: [...nowAmbiguous] } }, data: { ambiguous: true, targetDocumentId: null } });
        }
        newKeys.length = 0;
        nowAmbiguous.clear();
      },
    };
  }

  return { session };
};

export type Entities = ReturnType<typeof entities>;
export type EntitySession = ReturnType<Entities['session']>;
export default entities;
