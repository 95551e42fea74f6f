/** The entities of one reading: organizations and people, with every name the text uses. */
import type { OrgKind } from '../lexicon';

export interface OrgEntity {
  id: number;
  /** lower-case name -> the form used, how strongly it is a canonical name, first place seen */
  names: Map<string, { text: string; score: number; order: number }>;
  acronym: string | null;
  kind: OrgKind;
  kindScore: number;
  order: number;
  /** Order keys of mentions (paragraph * 1e7 + offset), for "the ministry" style references. */
  mentions: number[];
  merged: OrgEntity | null;
  /** A news agency (named in a dateline or a photo credit, or a known one): never "the newspaper". */
  agency?: boolean;
}

export interface PersonEntity {
  id: number;
  name: string;
  aliases: string[];
  role: string | null;
  organization: OrgEntity | null;
  /** Free-text organization when no entity was found (kept null in output unless resolved). */
  order: number;
  surname: string;
  /** Order keys of the places the text names the person (full name, surname). */
  mentions: number[];
  /**
   * Pronouns and descriptions that stood for the person as a speaker (`he`, `the analyst`):
   * not names, so never aliases; published as the reading's `mentions`.
   */
  descriptions: string[];
}

export const orderKey = (para: number, offset: number) => para * 1e7 + offset;

export class Registry {
  orgs: OrgEntity[] = [];
  people: PersonEntity[] = [];
  private orgKeys = new Map<string, OrgEntity>();
  private personKeys = new Map<string, PersonEntity>();
  /** Lower-case name and surname of `people[i]`, kept beside it for mention lookups. */
  private lowerNames: string[] = [];
  private lowerSurnames: string[] = [];

  org(text: string): OrgEntity | null {
    const e = this.orgKeys.get(text.toLowerCase());
    return e ? this.root(e) : null;
  }

  /** Every lower-cased name an organization goes by. */
  orgNameKeys(): IterableIterator<string> {
    return this.orgKeys.keys();
  }

  private root(e: OrgEntity): OrgEntity {
    while (e.merged) e = e.merged;
    return e;
  }

  addOrg(text: string, score: number, kind: OrgKind, kindScore: number, order: number): OrgEntity {
    const key = text.toLowerCase();
    let e = this.org(text);
    if (!e) {
      e = { id: this.orgs.length, names: new Map(), acronym: null, kind, kindScore, order, mentions: [], merged: null };
      this.orgs.push(e);
      this.orgKeys.set(key, e);
    }
    const cur = e.names.get(key);
    if (!cur) e.names.set(key, { text, score, order });
    else {
      if (score > cur.score) cur.score = score;
      if (order < cur.order) cur.order = order;
    }
    if (kindScore > e.kindScore) { e.kind = kind; e.kindScore = kindScore; }
    if (order < e.order) e.order = order;
    e.mentions.push(order);
    return e;
  }

  /** Record that `alias` names the same organization as `e`. */
  addAlias(e: OrgEntity, alias: string, score: number, order: number): OrgEntity {
    e = this.root(e);
    const other = this.org(alias);
    if (other && other !== e) return this.merge(e, other);
    const key = alias.toLowerCase();
    if (!e.names.has(key)) e.names.set(key, { text: alias, score, order });
    this.orgKeys.set(key, e);
    e.mentions.push(order);
    return e;
  }

  merge(a: OrgEntity, b: OrgEntity): OrgEntity {
    a = this.root(a);
    b = this.root(b);
    if (a === b) return a;
    for (const [k, v] of b.names) {
      const cur = a.names.get(k);
      if (!cur) a.names.set(k, v);
      else if (v.score > cur.score) cur.score = v.score;
      this.orgKeys.set(k, a);
    }
    if (!a.acronym) a.acronym = b.acronym;
    if (b.kindScore > a.kindScore) { a.kind = b.kind; a.kindScore = b.kindScore; }
    a.order = Math.min(a.order, b.order);
    a.mentions.push(...b.mentions);
    b.merged = a;
    return a;
  }

  liveOrgs(): OrgEntity[] {
    return this.orgs.filter((o) => !o.merged);
  }

  canonical(e: OrgEntity): string {
    e = this.root(e);
    let best: { text: string; score: number; order: number } | null = null;
    for (const v of e.names.values()) {
      if (e.acronym && v.text === e.acronym && e.names.size > 1) continue;
      if (!best || v.score > best.score || (v.score === best.score && v.order < best.order)) best = v;
    }
    return best ? best.text : '';
  }

  person(text: string): PersonEntity | null {
    return this.personKeys.get(text.toLowerCase()) ?? null;
  }

  addPerson(name: string, order: number): PersonEntity {
    const existing = this.person(name);
    if (existing) {
      if (order < existing.order) existing.order = order;
      return existing;
    }
    const parts = name.split(' ');
    const last = parts[parts.length - 1];
    const surname = last.replace(/^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu)-/i, '');
    const p: PersonEntity = { id: this.people.length, name, aliases: [], role: null, organization: null, order, surname, mentions: [order], descriptions: [] };
    this.people.push(p);
    this.lowerNames.push(name.toLowerCase());
    this.lowerSurnames.push(surname.toLowerCase());
    this.personKeys.set(name.toLowerCase(), p);
    return p;
  }

  /** Give `p` its right name (`Given al-Surnames` read from a row that lost an apostrophe becomes `Given al-Surname`). */
  renamePerson(p: PersonEntity, name: string): void {
    this.personKeys.delete(p.name.toLowerCase());
    const parts = name.split(' ');
    p.name = name;
    p.surname = parts[parts.length - 1].replace(/^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu)-/i, '');
    this.lowerNames[p.id] = name.toLowerCase();
    this.lowerSurnames[p.id] = p.surname.toLowerCase();
    this.personKeys.set(name.toLowerCase(), p);
  }

  /** A person by full name or by surname (only when exactly one known person has it). */
  personByMention(text: string): PersonEntity | null {
    const lower = text.toLowerCase();
    const full = this.personKeys.get(lower);
    if (full) return full;
    const suffix = ' ' + lower;
    let found: PersonEntity | null = null;
    for (let i = 0; i < this.people.length; i++) {
      const p = this.people[i];
      if (this.lowerSurnames[i] === lower || this.lowerNames[i].endsWith(suffix)) {
        if (found && found !== p) return null;
        found = p;
      }
    }
    return found;
  }

  /** Record a pronoun or a description (`he`, `the analyst`) that stood for `p`. */
  addPersonDescription(p: PersonEntity, text: string): void {
    if (p.descriptions.some((d) => d.toLowerCase() === text.toLowerCase())) return;
    p.descriptions.push(text);
  }

  addPersonAlias(p: PersonEntity, alias: string): void {
    if (alias.toLowerCase() === p.name.toLowerCase()) return;
    if (p.aliases.some((a) => a.toLowerCase() === alias.toLowerCase())) return;
    p.aliases.push(alias);
  }
}
