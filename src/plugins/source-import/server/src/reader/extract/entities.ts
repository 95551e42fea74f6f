/**
 * Organizations and people, found from text patterns:
 *  - organizations: parenthesized acronyms `Full Name (ABC)`, capitalized phrases ending in a
 *    head word (`... Institution`, `... Party`, `... Network`), `X group`, bracket glosses
 *    `Name [Alias]` / `Name [Kurdish militia]`, photo credits, datelines, media after
 *    `told` / `channel` / `article for`, and a tiny alias table (lexicon);
 *  - people: a name followed by an appositive with a role word (`Name, a senior fellow at Org,`),
 *    a title before a name (`Syrian President Name`), a name next to a reporting verb, and
 *    `the candidate ..., Name`.
 */
import * as lexicon from '../lexicon';
const EDITIONS = lexicon.EDITIONS;
const FUNCTION_WORDS = lexicon.FUNCTION_WORDS;
const HONORIFICS = lexicon.HONORIFICS;
const MEDIA_NOUNS = lexicon.MEDIA_NOUNS;
const NAME_PARTICLES = lexicon.NAME_PARTICLES;
const NATIONALITIES = lexicon.NATIONALITIES;
const NEWS_AGENCIES = lexicon.NEWS_AGENCIES;
const NOT_ORG_ACRONYMS = lexicon.NOT_ORG_ACRONYMS;
const ORG_ALIAS_TABLE = lexicon.ORG_ALIAS_TABLE;
const KNOWN_OUTLETS = lexicon.KNOWN_OUTLETS;
const KNOWN_BODIES = lexicon.KNOWN_BODIES;
const FAMILY_NOUNS = lexicon.FAMILY_NOUNS;
const NOUN_ONLY_ACRONYMS = lexicon.NOUN_ONLY_ACRONYMS;
const ORG_LIST_NOUNS = new Map(Object.entries(lexicon.ORG_LIST_NOUNS));
/* Maps rather than the lexicon's plain objects: lookups with fresh token strings stay cheap. */
const ORG_HEAD_KIND = new Map(Object.entries(lexicon.ORG_HEADS));
const ORG_NOUNS = lexicon.ORG_NOUNS;
const PLACES = lexicon.PLACES;
const ROLE_NOUNS = lexicon.ROLE_NOUNS;
const SOURCE_NOUNS = lexicon.SOURCE_NOUNS;
const TITLE_HEADS = lexicon.TITLE_HEADS;
const OFFICE_COMPLEMENTS = lexicon.OFFICE_COMPLEMENTS;
const TITLES = lexicon.TITLES;
const PERSON_PLURALS = lexicon.PERSON_PLURALS;
const PLURAL_TITLES = new Map(Object.entries(lexicon.PLURAL_TITLES));
const CUES = lexicon.CUES;
const MONTH_NUMBER = new Map(Object.entries(lexicon.MONTHS));
const WEEKDAYS = lexicon.WEEKDAYS;
const SECTIONS = lexicon.SECTIONS;
import type { OrgKind } from '../lexicon';
import * as givenNames from '../lexicon/given-names';
import * as worldGivenNames from '../lexicon/given-names-world';
import { KNOWN_ORGS } from '../lexicon/known-orgs';
import type { Para } from './paras';
import * as textFns from './text';
import type { Token } from './text';
import * as chars from '../parse/chars';
import * as registry from './registry';
import { Registry, type OrgEntity, type PersonEntity } from './registry';

/* Called per token: bound once (see parse/chars.ts). */
const GIVEN_NAMES = givenNames.GIVEN_NAMES;
const WORLD_GIVEN_NAMES = worldGivenNames.WORLD_GIVEN_NAMES;
const { isCap, isPossessive, stripPossessive } = textFns;
const { startsLower, startsUpper } = chars;
const orderKey = registry.orderKey;

const MAX_RUN = 6;
/** Reporting verbs that, right after a full name, mark it as a person's (media `report`, people `say`). */
const PERSON_CUES = /^(?:said|says|told|tells|noted|notes|stressed|stresses|explained|explains|added|adds|argued|argues|suggested|suggests|remarked|assumed|assumes|insisted|warned|warns|emphasized|recalled|commented|believes|thinks|stated|claimed|asserted|declared|confirmed|underscored|underscores|pointed|points|admitted|asked|replied|opined|continued|concluded)$/;

/* Word shapes (constants, not literals in the finders: see parse/chars.ts). */
const ACRONYM_GLOSS = /^\p{Lu}[\p{Lu}\d&-]{1,7}$/u;
const ALL_CAPS = /^\p{Lu}+$/u;
const CAPS_2 = /^\p{Lu}{2,}$/u;
const CAPS_3 = /^\p{Lu}{3,}$/u;
const CAPS_2_5 = /^\p{Lu}{2,5}$/u;
const CAPS_2_6 = /^\p{Lu}{2,6}$/u;
const ALL_LOWER = /^\p{Ll}+$/u;
const LOWER_SUFFIX = /^-\p{Ll}+$/u;
const CAPITALIZED = /^\p{Lu}\p{Ll}+$/u;
/** `Surname`, `Double-Barrelled`. */
const LONE_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** A word ending in `'s` after a letter (asked after the cheap `isPossessive`, not of every word). */
const LETTER_POSSESSIVE = /\p{L}['’]s$/u;
/** `al-Name`, `el-Name's`. */
const NISBA = /^(?:al|el)-\p{Lu}\p{Ll}+(?:['’]s)?$/u;
const ARTICLE_NAME = /^(?:al|el)-\p{Lu}/u;
/** `al-` or `el-`: tested before ARTICLE_NAME, which is asked of the word after every capitalized word. */
const hasArticlePrefix = (w: string) => w.charCodeAt(2) === 45 && w.charCodeAt(1) === 108 && (w.charCodeAt(0) === 97 || w.charCodeAt(0) === 101);

/** Capitalized run ending at token index `end` (inclusive), going left; stops at function words and possessives. */
function runLeft(toks: Token[], end: number, para: Para): number {
  let k = end;
  while (k >= 0 && end - k < MAX_RUN) {
    const t = toks[k];
    if (!t.w || !t.cap || para.norm.text.charCodeAt(t.e) === 0x27 && false) break;
    if (k < end && isPossessive(t.t)) break;
    if (FUNCTION_WORDS.has(t.t) || MONTH_NUMBER.get(t.lower) || WEEKDAYS.has(t.lower)) break;
    // A gap with punctuation between tokens ends the run.
    if (k < end && toks[k + 1].s !== t.e + 1) break;
    k--;
    // `Corriere della Sera`: lower-case name particles between capitalized words.
    let p = k;
    while (p >= 1 && toks[p].w && NAME_PARTICLES.has(toks[p].t) && toks[p].e + 1 === toks[p + 1].s) p--;
    if (p < k && p >= 0 && toks[p].w && toks[p].cap && !FUNCTION_WORDS.has(toks[p].t) && toks[p].e + 1 === toks[p + 1].s) k = p;
  }
  return k + 1;
}

/** Lower-case words allowed inside a long organization name (`Organization for the Prohibition of ...`). */
const ORG_CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'de', 'des', 'du', 'la', 'le', 'del', 'della', 'di', 'to', 'against', '&']);

/** Start of the name before an acronym gloss: capitalized words, possessives and connectors, going left. */
function acronymRunLeft(toks: Token[], end: number): number {
  let k = end;
  let start = end + 1;
  while (k >= 0 && end - k < 14) {
    const t = toks[k];
    if (k < end && toks[k + 1].s > t.e + 1) break;
    if (t.w && t.cap && !MONTH_NUMBER.get(t.lower) && !WEEKDAYS.has(t.lower)) {
      if (FUNCTION_WORDS.has(t.t) && t.t !== 'The') break;
      start = k;
    } else if (!(ORG_CONNECTORS.has(t.t) && k < end)) break;
    k--;
  }
  return start;
}

/** Whether an acronym in parentheses closes the name that token `i` is part of. */
function acronymFollows(toks: Token[], i: number): boolean {
  for (let k = i + 1; k < toks.length && k < i + 12; k++) {
    const t = toks[k];
    if (t.t === '(') return !!toks[k + 2] && toks[k + 2].t === ')' && ACRONYM_GLOSS.test(toks[k + 1].t);
    if (!(t.w && (t.cap || ORG_CONNECTORS.has(t.t)))) return false;
  }
  return false;
}

/** Capitalized run starting at `start`, going right. */
function runRight(toks: Token[], start: number, max = MAX_RUN): number {
  let k = start;
  while (k < toks.length && k - start < max) {
    const t = toks[k];
    if (!t.w) break;
    const cap = t.cap || (NAME_PARTICLES.has(t.t) && k > start && particlesThenCap(toks, k));
    if (!cap) break;
    if (k > start && toks[k - 1].e + 1 !== t.s) break;
    k++;
    if (isPossessive(t.t)) break;
  }
  return k; // exclusive
}

/** `de la Vega`, `van der Hoeven`: one or two particles, then a capitalized word. */
function particlesThenCap(toks: Token[], k: number): boolean {
  const n1 = toks[k + 1];
  if (!n1 || !n1.w || n1.s !== toks[k].e + 1) return false;
  if (isCap(n1.t)) return true;
  const n2 = toks[k + 2];
  return NAME_PARTICLES.has(n1.t) && !!n2 && n2.w && n2.s === n1.e + 1 && isCap(n2.t);
}

const joinTokens = (toks: Token[], a: number, b: number, text: string) => text.slice(toks[a].s, toks[b - 1].e);
/** Order key of token `i` of `para`. */
const tokenOrder = (para: Para, i: number) => orderKey(para.idx, para.tokens[i].s);

function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter(startsUpper).map((w) => w[0]).join('');
}

/**
 * Whether `acr` (3 letters or more) is the initials `ini` with some skipped: the same first and
 * last letter, the rest in order, at most two skipped.
 */
export function initialsHold(ini: string, acr: string): boolean {
  if (!CAPS_3.test(acr) || ini.length <= acr.length || ini.length - acr.length > 2) return false;
  if (ini[0] !== acr[0] || ini[ini.length - 1] !== acr[acr.length - 1]) return false;
  let j = 0;
  for (let k = 0; k < ini.length && j < acr.length; k++) if (ini[k] === acr[j]) j++;
  return j === acr.length;
}

/** Words naming the members of a trade union. */
const TRADE_UNION_WORDS = /^(?:Trade|Workers?'?|Labou?r|Employees'?|Journalists'?|Teachers'?|Miners'?|Dockers'?|Farmers'?|Drivers'?|Nurses'?|Students'?|Metalworkers'?|Seafarers'?|Transport)$/;

function kindOfHead(name: string): OrgKind {
  const words = name.split(' ');
  // Head-first names of government bodies: `Ministry of Information and Press`.
  if (words[0] === 'Ministry' || words[0] === 'Department' || words[1] === 'Ministry' || words[1] === 'Department') return 'government';
  // `United Nations Security Council`, `UN Human Rights Council`: a body of the UN, not of a state.
  if ((words[0] === 'United' && words[1] === 'Nations' || words[0] === 'UN') && words.length > 2) return 'international_body';
  for (let i = words.length - 1; i >= 0; i--) {
    const k = ORG_HEAD_KIND.get(words[i]);
    if (k) {
      // `Trilateral Contact Group`, `Working Group`: a body of states, not a company.
      if (words[i] === 'Group' && i > 0 && /^(?:Contact|Working|Support)$/.test(words[i - 1])) return 'international_body';
      // `Dock Workers' Union`, `National Union of Journalists`: a trade union, not a union of states.
      if (words[i] === 'Union' && words.some((w) => TRADE_UNION_WORDS.test(w))) return 'other';
      // `Islamic Republic News Agency`: an agency of the press.
      if (words[i] === 'Agency' && i > 0 && (words[i - 1] === 'News' || words[i - 1] === 'Press')) return 'media';
      if (k === 'other' && /Media|News|Press/.test(name)) return 'media';
      return k;
    }
  }
  return 'other';
}

export interface EntityResult {
  registry: Registry;
  /** Bracket glosses and similar pairs, resolved once all organizations are known. */
}

interface WeakMedia { name: string; order: number }

const agencyByKey = new Map<string, { name: string; aliases: string[] }>();
for (const a of NEWS_AGENCIES) {
  agencyByKey.set(a.name.toLowerCase(), a);
  for (const al of a.aliases) agencyByKey.set(al.toLowerCase(), a);
}
const tableByKey = new Map<string, (typeof ORG_ALIAS_TABLE)[number]>();
for (const row of ORG_ALIAS_TABLE) {
  tableByKey.set(row.name.toLowerCase(), row);
  for (const al of row.aliases) tableByKey.set(al.toLowerCase(), row);
}
/** First words of the table's two-word names: only these start a two-word lookup. */
const tableFirstWords = new Set([...tableByKey.keys()].filter((k) => k.split(' ').length === 2).map((k) => k.split(' ')[0]));

/** A news agency (a dateline's, a credit's, a known one), by its known name when it has one. */
function addAgency(reg: Registry, raw: string, order: number, alias?: string): OrgEntity {
  const known = agencyByKey.get(raw.toLowerCase());
  const name = known ? known.name : raw;
  const e = reg.addOrg(name, 3, 'media', 3, order);
  e.agency = true;
  if (known) for (const al of known.aliases) reg.addAlias(e, al, 0.5, order);
  if (alias && alias.toLowerCase() !== name.toLowerCase()) reg.addAlias(e, alias, 1, order);
  return e;
}

export function findEntities(paras: Para[], datelineAgencies: Array<{ agency: string; order: number }>): Registry {
  const reg = new Registry();
  const glossPairs: Array<{ host: string; alias: string; order: number }> = [];
  const weak: WeakMedia[] = [];

  for (const d of datelineAgencies) addAgency(reg, d.agency, d.order);

  // Pass 1: structural organization patterns.
  for (const para of paras) {
    const toks = para.tokens;
    const text = para.norm.text;

    if (para.kind === 'credit') {
      const m = /^(?:©|\(c\))? ?([^/,:©]+?)(?: (Photo|Images?|Video))?(?: \d{4})?(?: ?[/,]|$)/i.exec(text);
      // Without `©` only an `Agency/ Name` credit names an agency; a bare name is the photographer.
      const marked = /^(?:©|\(c\))/i.test(text) || text.includes('/');
      if (m && marked && !/^(Photo|Screenshot|Public domain|Wikipedia|Pixabay)/i.test(m[1])) {
        const raw = m[1].trim();
        if (raw.length >= 2 && raw.length <= 40 && raw.split(' ').length <= 4) {
          addAgency(reg, raw, orderKey(para.idx, 0), m[2] ? `${raw} ${m[2]}` : undefined);
        }
      }
    }

    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!t.w) {
        // Acronym in parentheses: `Workers Unity Party (WUP)`.
        if (t.t === '(' && i > 0 && toks[i + 2]?.t === ')' && ACRONYM_GLOSS.test(toks[i + 1].t)) {
          const acr = toks[i + 1].t;
          const end = i - 1;
          const start = acronymRunLeft(toks, end);
          if (start <= end && !NOT_ORG_ACRONYMS.has(acr)) {
            // Shortest suffix of the run whose initials give the acronym; failing that, the shortest
            // whose initials hold it in order, skipping a middle word (`European Centre for
            // Disease Prevention and Control (ECDC)`).
            let best = -1;
            for (let s = end; s >= start; s--) {
              if (!toks[s].cap || FUNCTION_WORDS.has(toks[s].t) && toks[s].t !== 'The') continue;
              const ini = initialsOf(joinTokens(toks, s, end + 1, text));
              if (ini === acr || ini.replace(/[^A-Z]/g, '') === acr.replace(/[^A-Z]/g, '')) { best = s; break; }
            }
            for (let s = end; best < 0 && s >= start; s--) {
              if (!toks[s].cap || FUNCTION_WORDS.has(toks[s].t)) continue;
              if (initialsHold(initialsOf(joinTokens(toks, s, end + 1, text)), acr)) best = s;
            }
            // `Kurdish Peoples Protection Units (YPG)`: an acronym of another language; the run ending in a
            // head word is the name, from after its last possessive (`Russia's Main ... Directorate (GRU)`).
            if (best < 0 && ORG_HEAD_KIND.get(toks[end].t)) {
              best = start;
              for (let s = start; s < end; s++) if (isPossessive(toks[s].t) || FUNCTION_WORDS.has(toks[s].t)) best = s + 1;
              if (best < end && TITLE_HEADS.has(toks[best].t) && !ORG_HEAD_KIND.get(toks[best].t)) best = -1;
            }
            if (best >= 0 && end - best >= 1) {
              const name = joinTokens(toks, best, end + 1, text);
              const e = reg.addOrg(name, 5, kindOfHead(name), 1, tokenOrder(para, best));
              e.acronym = acr;
              reg.addAlias(e, acr, 0, tokenOrder(para, i + 1));
            }
          }
        }
        // Bracket gloss: `Name [Alias]` or `Name [Kurdish militia]`.
        if (t.t === '[' && i > 0 && toks[i - 1].w && toks[i - 1].cap) {
          let close = -1;
          for (let k = i + 1; k < Math.min(toks.length, i + 8); k++) if (toks[k].t === ']') { close = k; break; }
          if (close > i + 1) {
            const start = runLeft(toks, i - 1, para);
            if (start <= i - 1) {
              const host = joinTokens(toks, start, i, text);
              const gloss = joinTokens(toks, i + 1, close, text);
              const lastGloss = toks[close - 1].t;
              const nounKind = ORG_NOUNS[lastGloss.toLowerCase()];
              if (nounKind && startsLower(lastGloss)) {
                reg.addOrg(host, 3, nounKind, 2, tokenOrder(para, start));
              } else if (toks.slice(i + 1, close).every((x) => x.w && x.cap)) {
                glossPairs.push({ host, alias: gloss, order: tokenOrder(para, i + 1) });
              }
            }
          }
        }
        continue;
      }

      // `X group`, `X newspaper`: the organization is X.
      if ((t.t === 'group' || (MEDIA_NOUNS.has(t.t) && t.t !== 'network' && t.t !== 'journal')) && i > 0 && toks[i - 1].w && toks[i - 1].cap && toks[i - 1].e + 1 === t.s) {
        const start = runLeft(toks, i - 1, para);
        if (start <= i - 1) {
          const base = joinTokens(toks, start, i, text);
          if (!base.split(' ').every((w) => NATIONALITIES.has(w) || PLACES.has(w))) {
            if (t.t === 'group') {
              const e = reg.addOrg(base, 4, 'armed_group', 2, tokenOrder(para, start));
              reg.addAlias(e, `${base} group`, 1, tokenOrder(para, start));
            } else reg.addOrg(base, 3, 'media', 3, tokenOrder(para, start));
          }
        }
      }

      // Head word: `... Institution`, `... Party`, `Ministry of ...`.
      // `UK Parliament's Foreign Affairs Committee`: a possessive head word ends a name too (not `Times'`,
      // where the mark closes a quotation).
      const headKind = ORG_HEAD_KIND.get(t.t) ?? (isPossessive(t.t) && LETTER_POSSESSIVE.test(t.t) ? ORG_HEAD_KIND.get(stripPossessive(t.t)) : undefined);
      if (headKind) {
        const next = toks[i + 1];
        if (next && next.w && ORG_HEAD_KIND.get(next.t) && next.s === t.e + 1) continue; // a longer name follows
        if (acronymFollows(toks, i)) continue;
        let start = i > 0 && toks[i - 1].e + 1 === t.s ? runLeft(toks, i - 1, para) : i;
        // `U.S. Air Force`: the country's dotted abbreviation opens the name.
        if (start > 1 && start < i && toks[start - 1].t === '.' && /^U\.[SKN]$/.test(toks[start - 2].t) && toks[start - 2].e === toks[start - 1].s) start -= 2;
        let end = i + 1;
        // Head-first names: `Ministry of Foreign Affairs`, `Council on Foreign Relations`.
        if (next && /^(?:of|on|for)$/.test(next.t) && toks[i + 2] && toks[i + 2].w && toks[i + 2].cap && toks[i + 2].t !== 'The') {
          let k = i + 2;
          while (k < toks.length && k < i + 8 && toks[k].w && (toks[k].cap || (toks[k].t === 'and' && toks[k + 1] && toks[k + 1].cap))) {
            k++;
            // `Ministry of Trade Name Surname`: the complement ends the name; a name may follow it.
            if (OFFICE_COMPLEMENTS.has(toks[k - 1].t) && toks[k]?.w && toks[k].cap && !OFFICE_COMPLEMENTS.has(toks[k].t)) break;
          }
          // `Working Group on Trade, Ports and Fisheries`: a complement that is a list of single words.
          let m = k;
          while (toks[m]?.t === ',' && toks[m + 1]?.w && toks[m + 1].cap && !FUNCTION_WORDS.has(toks[m + 1].t)) m += 2;
          if (m > k && toks[m]?.t === 'and' && toks[m + 1]?.w && toks[m + 1].cap && !FUNCTION_WORDS.has(toks[m + 1].t) &&
            !(toks[m + 2]?.w && toks[m + 2].cap)) k = m + 2;
          end = k;
        }
        // `the Ruritanian Embassy in the Capital`: a mission is named with its host country or city.
        let mission: string | null = null;
        if ((t.t === 'Embassy' || t.t === 'Consulate') && start < i && next?.t === 'in') {
          let k = i + 2;
          if (toks[k]?.t === 'the') k++;
          const e = runRight(toks, k, 3);
          if (e > k && toks.slice(k, e).every((x) => PLACES.has(stripPossessive(x.t)) || x.cap && !ORG_HEAD_KIND.get(x.t))) {
            mission = joinTokens(toks, start, i + 1, text);
            end = e;
          }
        }
        // Skip sentence-initial title-only runs and names made of nothing but the head.
        // Only a title's head is cut (`Minister ...`): `Foreign`, `Defense`, `Interior` modify the name.
        while (start < i && (TITLE_HEADS.has(toks[start].t) && !ORG_HEAD_KIND.get(toks[start].t))) start++;
        if (start === i && end === i + 1 && t.t !== 'Pentagon' && t.t !== 'Kremlin') continue;
        if (end > i + 1 || start < i || t.t === 'Pentagon' || t.t === 'Kremlin') {
          const name = joinTokens(toks, start, end, text).replace(/['’]s$/, '');
          if (name.split(' ').length <= 8) {
            const e = reg.addOrg(name, 3, kindOfHead(name), 1, tokenOrder(para, start));
            if (mission) reg.addAlias(e, mission, 2, tokenOrder(para, start));
          }
        }
      }

      // The tiny alias table (e.g. ISIL for the Islamic State).
      const lower = t.lower;
      const row = tableByKey.get(lower);
      if (row && (t.t === t.t.toUpperCase() ? row.aliases.includes(t.t) || row.name === t.t : t.cap)) {
        const e = reg.addOrg(row.name === t.t ? row.name : t.t, row.name === t.t ? 3 : 1, row.kind, 2, tokenOrder(para, i));
        const canon = reg.org(row.name);
        if (canon && canon !== e) reg.merge(canon, e);
        // Only an alias in the text ("ISIL"): the entity still goes by its known name, so
        // that every page of the family names it alike.
        else if (!canon) reg.addAlias(e, row.name, 5, tokenOrder(para, i));
      } else if (row === undefined && i + 1 < toks.length && tableFirstWords.has(lower) && t.cap) {
        const two = `${t.t} ${toks[i + 1].t}`;
        const row2 = tableByKey.get(two.toLowerCase());
        if (row2 && toks[i + 1].s === t.e + 1) {
          const e = reg.addOrg(two, two === row2.name ? 3 : 1, row2.kind, 2, tokenOrder(para, i));
          const canon = reg.org(row2.name);
          if (canon && canon !== e) reg.merge(canon, e);
        }
      }
    }
  }

  for (const para of paras) findBareNames(para, reg);
  for (const para of paras) findListsBeforeNoun(para, reg);
  for (const para of paras) findKnownBodies(para, reg);
  for (const para of paras) findWellKnownOrgs(para, reg);
  applyAliasTable(reg);

  // Bracket glosses: one entity, two names.
  for (const g of glossPairs) {
    const host = reg.org(g.host);
    const alias = reg.org(g.alias);
    if (host) reg.addAlias(host, g.alias, 1, g.order);
    else if (alias) {
      const e = reg.addAlias(alias, g.host, 4, g.order);
      const cur = e.names.get(g.host.toLowerCase());
      if (cur) cur.score = 4;
    }
  }
  // The host of a gloss is the primary name.
  for (const g of glossPairs) {
    const e = reg.org(g.host);
    const cur = e?.names.get(g.host.toLowerCase());
    if (cur && cur.score < 4) cur.score = 4;
  }

  // Pass 2: people.
  for (const para of paras) findPeople(para, reg);
  for (const para of paras) findListedPeople(para, reg);
  for (const para of paras) findByGivenName(para, reg);
  for (const para of paras) findTitledSurnames(para, reg);
  for (const para of paras) findRelatives(para, reg);
  findNamesByUse(paras, reg);

  for (const para of paras) findOrgsByUse(para, reg);

  // Pass 3: media named by context (`told X`, `channel X`, `article for X`).
  for (const para of paras) {
    const toks = para.tokens;
    const text = para.norm.text;
    for (let i = 0; i < toks.length - 1; i++) {
      const t = toks[i];
      if (!t.w) continue;
      const lower = t.lower;
      let strong = false;
      let weakCtx = false;
      if (MEDIA_NOUNS.has(lower) && startsLower(t.t)) strong = true;
      else if (lower === 'for' && i > 0 && /^(?:article|column|op-ed|piece|writing|wrote|analysis|commentary|editorial|oped|blog)$/.test(toks[i - 1].t)) strong = true;
      else if (lower === 'told' || lower === 'informed' || lower === 'telling' || lower === 'tells') weakCtx = true;
      else if (lower === 'to' && i > 0 && /^(?:speaking|spoke|talking|talked|said|told)$/i.test(toks[i - 1].t)) weakCtx = true;
      // `published by X`, `an imprint of X`: a publisher, unless a given name opens it (an author).
      else if ((lower === 'by' && i > 0 && toks[i - 1].t === 'published' || lower === 'of' && i > 0 && /^(?:imprint|publisher)$/.test(toks[i - 1].t)) && !GIVEN_NAMES.has(toks[i + 1]?.t ?? '')) strong = true;
      else if (lower === 'by' && i > 0 && /^(?:reported|quoted|cited|published)$/.test(toks[i - 1].t)) weakCtx = true;
      if (!strong && !weakCtx) continue;
      let a = i + 1;
      if (toks[a] && toks[a].t === 'the' && strong) a++;
      // `the outlet, CNN, ...`: a name in apposition, closed by a comma or the sentence's end.
      const appos = strong && MEDIA_NOUNS.has(lower) && toks[a]?.t === ',';
      if (appos) a++;
      if (!toks[a] || !appos && toks[a].s !== toks[a - 1].e + 1) continue;
      const b = runRight(toks, a, 4);
      if (b <= a) continue;
      if (appos && toks[b] && !/^[,.;]$/.test(toks[b].t)) continue;
      let name = joinTokens(toks, a, b, text);
      name = stripPossessive(name);
      if (FUNCTION_WORDS.has(toks[a].t) || PLACES.has(name) || NATIONALITIES.has(name) || SECTIONS.has(name) && !strong) continue;
      if (reg.personByMention(name) || reg.personByMention(toks[b - 1].t)) continue;
      const order = orderKey(para.idx, toks[a].s);
      const words = name.split(' ');
      const known = reg.org(name);
      if (strong) { const e = reg.addOrg(name, 3, 'media', 3, order); void e; continue; }
      if (known) { known.mentions.push(order); if (known.kindScore < 2) { known.kind = 'media'; known.kindScore = 2; } continue; }
      if (agencyByKey.has(name.toLowerCase())) { addAgency(reg, name, order); continue; }
      if (words.length >= 2 && EDITIONS.has(words[words.length - 1])) {
        const base = words.slice(0, -1).join(' ');
        const e = reg.addOrg(base, 3, 'media', 3, order);
        reg.addAlias(e, name, 1, order);
        continue;
      }
      if (words.some((w) => CAPS_2.test(w) && !NOT_ORG_ACRONYMS.has(w))) { reg.addOrg(name, 3, 'media', 3, order); continue; }
      weak.push({ name, order });
    }
  }
  const weakCount = new Map<string, number>();
  for (const w of weak) weakCount.set(w.name, (weakCount.get(w.name) ?? 0) + 1);
  for (const w of weak) {
    if (reg.org(w.name)) { reg.org(w.name)!.mentions.push(w.order); continue; }
    if ((weakCount.get(w.name) ?? 0) >= 2) reg.addOrg(w.name, 3, 'media', 3, w.order);
  }

  // Pass 4: aliases from initials (`IS` for a known `Islamic State`) and from generic
  // references with a lower-case head (`the Syrian army` for `Syrian Arab Army`).
  // Plain loops here: chained array methods on lists that are sometimes empty made V8 deoptimize
  // this function on every call.
  const multiList: Array<{ o: OrgEntity; words: string[]; initials: string }> = [];
  // Only tokens that can match some name are looked at closely.
  const initialsSet = new Set<string>();
  const longFirstWords = new Set<string>();
  for (const o of reg.liveOrgs()) {
    const words = reg.canonical(o).split(' ');
    if (words.length < 2) continue;
    const initials = initialsOf(words.join(' '));
    multiList.push({ o, words, initials });
    initialsSet.add(initials);
    if (words.length >= 3) longFirstWords.add(words[0]);
  }
  for (const para of paras) {
    if (multiList.length === 0) break;
    const toks = para.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!t.w) continue;
      if (initialsSet.has(t.t) && CAPS_2_5.test(t.t) && !NOT_ORG_ACRONYMS.has(t.t) && !reg.org(t.t)) {
        for (const { o, words, initials } of multiList) {
          if (initials === t.t && words.length === t.t.length) {
            reg.addAlias(o, t.t, 0, orderKey(para.idx, t.s));
            break;
          }
        }
      }
      const next = toks[i + 1];
      if (longFirstWords.has(t.t) && t.cap && next && next.w && ALL_LOWER.test(next.t) && next.s === t.e + 1 && (i === 0 || !toks[i - 1].cap)) {
        for (const { o, words } of multiList) {
          if (words.length >= 3 && words[0] === t.t && words[words.length - 1].toLowerCase() === next.t) {
            reg.addAlias(o, `${t.t} ${next.t}`, 0, orderKey(para.idx, t.s));
            break;
          }
        }
      }
    }
  }

  applyAliasTable(reg);
  // People's organizations, once every organization is known.
  linkPeople(paras, reg);
  return reg;
}

/** Every name of each alias-table row, lower-cased once (as the registry keys names). */
const aliasTableKeys = ORG_ALIAS_TABLE.map((row) => [row.name, ...row.aliases].map((k) => k.toLowerCase()));
/** The rows each of those names belongs to. */
const aliasRowsByKey = new Map<string, number[]>();
aliasTableKeys.forEach((keys, r) => { for (const k of keys) aliasRowsByKey.set(k, [...(aliasRowsByKey.get(k) ?? []), r]); });

/**
 * One entity for every name of an alias-table row found by any pattern (`US Department of
 * Defense` from its head word, `Pentagon` from the table), known by the row's name.
 */
function applyAliasTable(reg: Registry): void {
  // Only rows with a name the page's organizations already go by can apply: they are found from
  // the registry's names (a page has tens) instead of trying every row's names on every page.
  // Rows still apply in table order; a row's name added to a host may bring in a later row.
  const touched = new Uint8Array(ORG_ALIAS_TABLE.length);
  let any = false;
  for (const key of reg.orgNameKeys()) {
    const rows = aliasRowsByKey.get(key);
    if (rows) for (const r of rows) { touched[r] = 1; any = true; }
  }
  if (!any) return;
  for (let r = 0; r < ORG_ALIAS_TABLE.length; r++) {
    if (!touched[r]) continue;
    const row = ORG_ALIAS_TABLE[r];
    let host: OrgEntity | null = null;
    let first = Infinity;
    for (const key of aliasTableKeys[r]) {
      const e = reg.org(key);
      if (!e) continue;
      host = host ? reg.merge(host, e) : e;
      if (e.order < first) first = e.order;
    }
    if (!host) continue;
    reg.addAlias(host, row.name, 5, first);
    for (const later of aliasRowsByKey.get(aliasTableKeys[r][0]) ?? []) if (later > r) touched[later] = 1;
    const cur = host.names.get(row.name.toLowerCase());
    if (cur && cur.score < 5) cur.score = 5;
    if (host.kindScore < 2) { host.kind = row.kind; host.kindScore = 2; }
  }
}

const bodiesByFirst = new Map<string, Array<{ words: string[]; kind: OrgKind }>>();
for (const b of KNOWN_BODIES) {
  const words = b.name.split(' ');
  const list = bodiesByFirst.get(words[0]) ?? [];
  list.push({ words, kind: b.kind });
  bodiesByFirst.set(words[0], list);
}

/**
 * Well-known bodies spelled out (`the United Nations`, lexicon `KNOWN_BODIES`), and `EU` / `UN`
 * after `the`, not before a capitalized word (`in the EU if ...`, `the UN's`; not `the EU Commissioner`).
 */
function findKnownBodies(para: Para, reg: Registry): void {
  const toks = para.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.w) continue;
    const bodies = bodiesByFirst.get(t.t);
    if (bodies) {
      for (const b of bodies) {
        if (!b.words.every((w, k) => stripPossessive(toks[i + k]?.t ?? '') === w || k < b.words.length - 1 && toks[i + k]?.t === w)) continue;
        // `United Nations Children's Fund`: part of a longer name.
        const after = toks[i + b.words.length];
        if (after && after.w && after.cap && !isPossessive(toks[i + b.words.length - 1].t)) continue;
        reg.addOrg(b.words.join(' '), 3, b.kind, 2, orderKey(para.idx, t.s));
        i += b.words.length - 1;
        break;
      }
      continue;
    }
    const bare = stripPossessive(t.t);
    if (!NOUN_ONLY_ACRONYMS.has(bare) || toks[i - 1]?.t !== 'the') continue;
    const next = toks[i + 1];
    if (!isPossessive(t.t) && next && next.w && next.cap) continue;
    const order = orderKey(para.idx, t.s);
    reg.addAlias(reg.addOrg(NOUN_ONLY_ACRONYMS.get(bare)!, 3, 'international_body', 2, order), bare, 1, order);
  }
}

/** Every spelling of a well-known organization (lexicon `KNOWN_ORGS`), by its first word, longest first. */
const knownOrgsByFirst = new Map<string, Array<{ words: string[]; name: string; kind: OrgKind }>>();
for (const o of KNOWN_ORGS) {
  for (const spelling of [o.name, ...(o.aliases ?? [])]) {
    const words = spelling.split(' ');
    const list = knownOrgsByFirst.get(words[0]) ?? [];
    list.push({ words, name: o.name, kind: o.kind });
    list.sort((x, y) => y.words.length - x.words.length);
    knownOrgsByFirst.set(words[0], list);
  }
}
/** The first characters of those spellings: most words start with none of them and are passed at once. */
const knownOrgInitials = new Set([...knownOrgsByFirst.keys()].map((w) => w[0]));
/** `al Qaeda-linked`, `NATO-led`: a well-known name with a lower-case suffix still names the body. */
const LINKED_SUFFIX = /-\p{Ll}+$/u;
/** Capitalized words after a name that do not make it part of a longer name (`NATO Chief`, `Exxon Mobil CEO`). */
const titleAfterName = (t: string) => TITLES.has(t) || TITLE_HEADS.has(t) || ORG_ROLE_FOLLOWERS.test(t) || t === 'CEO' || t === 'Editor-in-Chief';

/**
 * Well-known organizations with no head word (`Gazprom`, `WikiLeaks`, `al Qaeda`, lexicon
 * `KNOWN_ORGS`), by an exact spelling, unless another capitalized word continues the name
 * (`Sputnik V`). An all-capitals spelling among other all-capitals words is shouting, not a name.
 */
function findWellKnownOrgs(para: Para, reg: Registry): void {
  const toks = para.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.w || !knownOrgInitials.has(t.t[0])) continue;
    let list = knownOrgsByFirst.get(stripPossessive(t.t)) ?? knownOrgsByFirst.get(t.t);
    if (!list && t.t.includes('-')) list = knownOrgsByFirst.get(t.t.replace(LINKED_SUFFIX, ''));
    if (!list) continue;
    for (const o of list) {
      const n = o.words.length;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const tok = toks[i + k];
        if (!tok || !tok.w || (k > 0 && tok.s !== toks[i + k - 1].e + 1)) { ok = false; break; }
        const w = o.words[k];
        ok = tok.t === w || k === n - 1 && (stripPossessive(tok.t) === w || tok.t.startsWith(w + '-') && LINKED_SUFFIX.test(tok.t.slice(w.length)));
      }
      if (!ok) continue;
      const last = toks[i + n - 1];
      const after = toks[i + n];
      if (after && after.w && after.s === last.e + 1 && after.cap && !isPossessive(last.t) && last.t === o.words[n - 1] && !titleAfterName(after.t)) break;
      if (CAPS_2.test(t.t) && n === 1 && (CAPS_2.test(after?.t ?? '') || CAPS_2.test(toks[i - 1]?.t ?? ''))) break;
      // `RT @user`: a retweet mark; `Given Forbes`: a person's surname.
      if (after?.t === '@' || i > 0 && toks[i - 1].e + 1 === t.s && GIVEN_NAMES.has(toks[i - 1].t)) break;
      const order = orderKey(para.idx, t.s);
      const found = stripPossessive(joinTokens(toks, i, i + n, para.norm.text)).replace(LINKED_SUFFIX, '');
      const e = reg.addOrg(o.name, 3, o.kind, 2, order);
      if (found !== o.name) reg.addAlias(e, found, 1, order);
      i += n - 1;
      break;
    }
  }
}

/** Acronyms that are not organizations (terms, units, weapons, treaties). */
const TERM_ACRONYMS = new Set([
  'GDP', 'JCPOA', 'INF', 'WMD', 'ICBM', 'UAV', 'LNG', 'VAT', 'HIV', 'AIDS', 'COVID', 'SARS', 'MERS', 'DNA', 'PR',
  'IT', 'AI', 'CEO', 'MP', 'MEP', 'MPS', 'MPs', 'GMO', 'IPO', 'ATM', 'SUV', 'CCTV', 'PhD', 'BC', 'AD', 'TNT', 'POW',
  'ID', 'VIP', 'FAQ', 'PS', 'OPEC+', 'A', 'I', 'II', 'III', 'IV', 'V', 'VI', 'NB', 'ET', 'PT', 'BST', 'CET', 'MSK',
  'WWI', 'WWII', 'PPE', 'GPS', 'SMS', 'PDF', 'URL', 'USB', 'IQ', 'CPU', 'GPU', 'NFT', 'VPN', 'LGBT', 'LGBTQ', 'IVF', 'PCR',
  'ICU', 'IED', 'RPG', 'APC', 'MLRS', 'EV', 'UFO', 'OK', 'USD', 'EUR', 'GBP', 'RUB', 'CNY', 'JPY',
]);
/** Words after an acronym that make it an organization (`YPG spokesman`, `SDF fighters`, `PKK militants`). */
const ACRONYM_ORG_FOLLOWERS = /^(?:fighters|militants|militia|militias|forces|troops|units|commander|commanders|spokesman|spokeswoman|spokesperson|leader|leaders|leadership|member|members|official|officials|chief|head|headquarters|positions|statement|representative|representatives|delegation|envoy|-led|-controlled|-held)$/;
const ARMED_FOLLOWERS = /^(?:fighters|militants|militia|militias|commander|commanders|positions|-led|-controlled|-held)$/;

/**
 * Organizations named only by an acronym (`the YPG`, `SDF fighters`, `a PKK commander`), outlets
 * named as a bare head word (`the Guardian reported`) and `the Anadolu news agency`.
 */
function findBareNames(para: Para, reg: Registry): void {
  const toks = para.tokens;
  const text = para.norm.text;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.w) continue;
    // `groups such as the Muslim Brotherhood and Hamas`, `parties including ...`.
    if ((t.t === 'such' && toks[i + 1]?.t === 'as') || t.t === 'including') {
      const noun = toks[i - 1];
      const listKind = noun && noun.w ? ORG_LIST_NOUNS.get(noun.t) : undefined;
      if (listKind) {
        const armed = listKind === 'other' && i > 1 && /^(?:terrorist|militant|armed|extremist|jihadist|rebel|radical|insurgent)$/.test(toks[i - 2].t);
        listedOrgs(toks, t.t === 'such' ? i + 2 : i + 1, para, reg, armed ? 'armed_group' : listKind);
      }
      continue;
    }
    // `Al Jazeera`: a known broadcaster by its two-word name.
    if ((t.t === 'Al' || t.t === 'El') && toks[i + 1]?.w && toks[i + 1].s === t.e + 1) {
      const two = `${t.t} ${toks[i + 1].t}`;
      if (KNOWN_OUTLETS.has(two)) { reg.addOrg(two, 3, 'media', 3, orderKey(para.idx, t.s)); i++; continue; }
    }
    const c = t.t.charCodeAt(0);
    if (c >= 65 && c <= 90 && t.t.length >= 2 && t.t.length <= 6 && CAPS_2_6.test(t.t)) {
      if (NOT_ORG_ACRONYMS.has(t.t) || TERM_ACRONYMS.has(t.t) || PLACES.has(t.t) || NATIONALITIES.has(t.t)) continue;
      const prev = toks[i - 1];
      const next = toks[i + 1];
      const known = reg.org(t.t);
      if (known) {
        // `an SDF commander`, `YPG fighters`: an acronym already known, now in an armed context.
        const nx = next && next.w && next.s === t.e + 1 ? next.lower : '';
        if (known.kindScore < 1 && known.kind === 'other' && ARMED_FOLLOWERS.test(nx)) { known.kind = 'armed_group'; known.kindScore = 1; }
        continue;
      }
      // Part of a longer capitalized name (`the INF Treaty`, `YPG Kobani`)? Not bare.
      if (next && next.w && next.cap && next.s === t.e + 1) continue;
      let follower = next && next.w && next.s === t.e + 1 ? next.lower : '';
      if (next && next.t === '-' && toks[i + 2]) follower = '-' + toks[i + 2].lower;
      else if (next && next.s === t.e && LOWER_SUFFIX.test(next.t)) follower = next.t;
      const byFollower = ACRONYM_ORG_FOLLOWERS.test(follower);
      const byArticle = !!prev && prev.t === 'the' && (!next || !next.w || /^(?:and|or|has|have|had|is|was|says|said|which|who|to|in|of|on|for|with|from|at|as|also|would|will|could)$/.test(next.t));
      if (!byFollower && !byArticle) continue;
      const kind: OrgKind = ARMED_FOLLOWERS.test(follower) ? 'armed_group' : 'other';
      const e = reg.addOrg(t.t, 2, kind, kind === 'armed_group' ? 1 : 0, orderKey(para.idx, t.s));
      e.acronym = t.t;
      continue;
    }
    // `the Anadolu news agency`, `the state news agency KUNA` (the latter: pass 3).
    if (t.t === 'news' && toks[i + 1]?.t === 'agency' && i > 0 && toks[i - 1].w && toks[i - 1].cap && toks[i - 1].e + 1 === t.s) {
      const start = runLeft(toks, i - 1, para);
      if (start <= i - 1) {
        const base = joinTokens(toks, start, i, text);
        if (!base.split(' ').every((w) => NATIONALITIES.has(w) || PLACES.has(w))) {
          const known = agencyByKey.get(base.toLowerCase());
          const e = reg.addOrg(known ? known.name : base, 3, 'media', 3, orderKey(para.idx, toks[start].s));
          if (known) e.agency = true;
        }
      }
      continue;
    }
    // `the Guardian reported`: a newspaper by its head word alone.
    if (ORG_HEAD_KIND.get(t.t) === 'media' && t.t !== 'News' && t.t !== 'Daily' && t.t !== 'Press' && i > 0 && toks[i - 1].t === 'the') {
      const next = toks[i + 1];
      let n = i + 1;
      if (next && next.t === ',') n++;
      if (toks[n] && /^(?:reported|reports|wrote|writes|said|says|quoted|cited|claimed|revealed|published)$/.test(toks[n].t)) {
        reg.addOrg(t.t, 2, 'media', 3, orderKey(para.idx, t.s));
      }
    }
  }
}

/** Plural nouns after a list of outlets (`A, B and C radio stations`), lower case. */
const OUTLET_PLURALS = new Set(['stations', 'newspapers', 'channels', 'outlets', 'broadcasters', 'dailies', 'magazines', 'websites', 'tabloids', 'networks']);
/** Modifiers between such a list and its noun. */
const OUTLET_MODIFIERS = new Set(['radio', 'TV', 'television', 'news', 'state', 'private', 'online', 'local', 'national']);
/** Festivities and gatherings that make `the X party` a party of another sort. */
const NOT_POLITICAL = new Set(['Christmas', 'Halloween', 'Easter', 'Birthday', 'Garden', 'Dinner', 'Tea', 'Pool', 'House', 'Launch', 'Office', 'Street', 'Block', 'Dance', 'Cocktail']);

/**
 * Names a lower-case noun after them classes as organizations:
 *  - `Radio A, B and C radio stations`, `A and B newspapers`: every item of a list of two or more;
 *  - `the Labour party`: one capitalized word, not a demonym or a festivity, before `party`.
 */
function findListsBeforeNoun(para: Para, reg: Registry): void {
  const toks = para.tokens;
  const text = para.norm.text;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (!t.w) continue;
    if (t.t === 'party' && toks[i - 1].w && toks[i - 1].e + 1 === t.s && toks[i - 2]?.t === 'the') {
      const w = toks[i - 1].t;
      if (CAPITALIZED.test(w) && !NATIONALITIES.has(w) && !PLACES.has(w) && !NOT_POLITICAL.has(w) && !FUNCTION_WORDS.has(w)) {
        reg.addOrg(`${w} party`, 3, 'political_party', 2, orderKey(para.idx, toks[i - 1].s));
      }
      continue;
    }
    if (!OUTLET_PLURALS.has(t.t)) continue;
    let j = i - 1;
    while (j >= 0 && toks[j].w && OUTLET_MODIFIERS.has(toks[j].t)) j--;
    const items: Array<[number, number]> = [];
    let sepSeen = false;
    while (j >= 0 && items.length < 8) {
      if (!toks[j].w || !toks[j].cap) break;
      const a = runLeft(toks, j, para);
      if (a > j) break;
      items.push([a, j + 1]);
      const sep = toks[a - 1];
      if (!sep) break;
      if (sep.t === ',' || (!sepSeen && (sep.t === 'and' || sep.t === 'or'))) {
        if (sep.t !== ',') sepSeen = true;
        j = a - 2;
        if (sep.t === ',' && toks[j]?.t === 'and') j--;
        continue;
      }
      break;
    }
    if (items.length < 2 || !sepSeen) continue;
    for (const [a, b] of items) {
      const name = joinTokens(toks, a, b, text);
      if (name.split(' ').every((w) => PLACES.has(w) || NATIONALITIES.has(w))) continue;
      reg.addOrg(name, 3, 'media', 3, orderKey(para.idx, toks[a].s));
    }
  }
}

/** Head words that alone name a legislature when used without an article (`in Congress`). */
const LEGISLATURES = new Set(['Congress', 'Parliament']);
/** Verbs whose subject, an acronym with no head word, acts as an organization (`the KLMA said`, `PNF has asked`). */
const ORG_SUBJECT_VERBS = /^(?:said|says|reported|reports|announced|announces|stated|states|claimed|claims|confirmed|confirms|warned|warns|wrote|writes|noted|notes|revealed|reveals|published|publishes|added|adds|insisted|denied|denies|accused|accuses|urged|urges|demanded|demands|has|have|had|is|are|was|were|will|would|must|should|can|could)$/;
/** Verbs of a publication: `The Lantern reported`, `the Courier wrote`. */
const MEDIA_VERBS = /^(?:reported|reports|wrote|writes|published|publishes|revealed|reveals|learned|learnt)$/;
/** Capitalized role words that, after an acronym, make it an organization (`KLMA Chief`, `XYZ Editor-in-Chief`). */
const ORG_ROLE_FOLLOWERS = /^(?:Chief|Head|Secretary|Secretary-General|Spokesman|Spokeswoman|Spokesperson|Director|Director-General|Editor|Editor-in-Chief|Chairman|Chairwoman|Leader|Commander|President|CEO)$/;

/**
 * Organizations named without a head word, known by what they do in the sentence, once people
 * are known (a person's name is never taken):
 *  - an acronym as the subject of a verb (`The KLMA said`, `PNF has asked`), before a title
 *    (`KLMA Chief`), or after `told` / `said on` (`told WBKT`, `said on WBKT Friday`: media);
 *  - `Congress`, `Parliament` alone mid-sentence (`hearings in Congress`);
 *  - a well-known news agency named in running text (`carried by Reuters`), not inside a longer name;
 *  - a single capitalized word after `told` closing its phrase (`told Brightwave that`): media;
 *  - `the X` / `The X` before a verb of publishing (`The Lantern reported`): media.
 */
const TOLD = new Set(['told', 'tells', 'telling', 'informed']);
const SAID_ON = new Set(['said', 'says', 'told', 'spoke', 'speaking', 'appeared', 'interview']);

/**
 * `pattern` (`/^\p{Lu}{min,max}$/u`), with ASCII words decided without running it: it is asked
 * of every capitalized word.
 */
function isCapsWord(t: string, pattern: RegExp, min: number, max: number): boolean {
  const n = t.length;
  if (n < min) return false;
  for (let k = 0; k < n; k++) {
    const c = t.charCodeAt(k);
    if (c >= 128) return pattern.test(t);
    if (c < 65 || c > 90) return false;
  }
  return n <= max;
}

function findOrgsByUse(para: Para, reg: Registry): void {
  const toks = para.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.w || !t.cap) continue;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    const joinedPrev = !!prev && prev.w && prev.cap && prev.e + 1 === t.s && !FUNCTION_WORDS.has(prev.t);
    const joinedNext = !!next && next.w && next.cap && t.e + 1 === next.s;
    const order = orderKey(para.idx, t.s);
    if (TITLES.has(t.t) || HONORIFICS.has(t.t) || FUNCTION_WORDS.has(t.t) || reg.personByMention(stripPossessive(t.t))) continue;
    const afterTold = !!prev && TOLD.has(prev.t);
    const afterSaidOn = !!prev && (prev.t === 'on' || prev.t === 'to') && !!toks[i - 2] && SAID_ON.has(toks[i - 2].t);
    if (isCapsWord(t.t, CAPS_2_5, 2, 5)) {
      if (NOT_ORG_ACRONYMS.has(t.t) || TERM_ACRONYMS.has(t.t) || PLACES.has(t.t) || joinedPrev) continue;
      // `NATO troops` is an adjective; `NATO said`, `NATO Chief` name the body.
      const adjective = NATIONALITIES.has(t.t);
      const asSubject = !!next && next.w && next.s === t.e + 1 && ORG_SUBJECT_VERBS.test(next.t);
      const asTitle = joinedNext && ORG_ROLE_FOLLOWERS.test(next.t);
      const asMedia = !adjective && (afterTold || afterSaidOn) && (!joinedNext || WEEKDAYS.has(next.lower) || !!MONTH_NUMBER.get(next.lower));
      // A known agency's acronym (`AFP`) also by a credit or a date after it, or `by`/`to` before it;
      // elsewhere it may be another body's initials.
      const agency = agencyByKey.get(t.lower);
      if (agency && agency.name === t.t) {
        const credit = !!next && (/^(?:Photo|Images?|Video|\/)$/.test(next.t) || WEEKDAYS.has(next.lower) || !!MONTH_NUMBER.get(next.lower) || /^\d{4}$/.test(next.t));
        if (asSubject || asMedia || credit || (!!prev && /^(?:by|to|from|via)$/.test(prev.t))) addAgency(reg, t.t, order);
        continue;
      }
      if (reg.org(t.t)) continue;
      if (!asSubject && !asTitle && !asMedia) continue;
      const e = reg.addOrg(t.t, 2, asMedia ? 'media' : 'other', asMedia ? 2 : 0, order);
      e.acronym = t.t;
      continue;
    }
    if (joinedPrev || joinedNext || PLACES.has(t.t) || NATIONALITIES.has(t.t) || MONTH_NUMBER.get(t.lower) || WEEKDAYS.has(t.lower)) continue;
    // A known agency (`Reuters`), by its exact name.
    const agency = agencyByKey.get(t.lower);
    if (agency && (agency.name === t.t || agency.aliases.includes(t.t))) { addAgency(reg, agency.name, order); continue; }
    // `hearings in Congress`, `told Parliament`: a legislature by its bare head word, mid-sentence.
    if (LEGISLATURES.has(t.t) && !reg.org(t.t) && prev && (prev.w && startsLower(prev.t) && !/^(?:the|a|an|this|that|its|their|his|her|our)$/.test(prev.t) || prev.t === ',') && !(next && /^(?:of|for)$/.test(next.t))) {
      reg.addOrg(t.t, 2, 'government', 1, order);
      continue;
    }
    if (ORG_HEAD_KIND.get(t.t) || reg.org(t.t)) continue;
    const closes = !next || /^(?:that|,|\.|;|:|on|in|about|last|earlier|this)$/.test(next.t);
    if (afterTold && closes) {
      reg.addOrg(t.t, 3, 'media', 2, order);
      continue;
    }
    if (prev && (prev.t === 'the' || prev.t === 'The') && next && MEDIA_VERBS.test(next.t)) {
      const e = reg.addOrg(prev.t === 'The' ? `The ${t.t}` : t.t, 3, 'media', 2, orderKey(para.idx, prev.s));
      reg.addAlias(e, prev.t === 'The' ? t.t : `The ${t.t}`, 1, order);
    }
  }
}

/** Items of a list of organizations from token `from`: capitalized names, `the`, commas, a final `and`/`or`. */
function listedOrgs(toks: Token[], from: number, para: Para, reg: Registry, kind: OrgKind): void {
  const text = para.norm.text;
  const items: Array<[number, number]> = [];
  let j = from;
  for (let n = 0; n < 8 && j < toks.length; n++) {
    if (toks[j].t === 'the') j++;
    if (!toks[j] || !toks[j].w || !toks[j].cap || FUNCTION_WORDS.has(toks[j].t)) return;
    const b = runRight(toks, j, 5);
    if (b <= j) return;
    const sep = toks[b];
    // A name followed by anything but a list separator or the clause's end is not a whole name.
    if (sep && !/^(?:,|and|or|\.|;|\))$/.test(sep.t)) return;
    items.push([j, b]);
    if (!sep || sep.t === '.' || sep.t === ';' || sep.t === ')') break;
    if (sep.t === ',' && toks[b + 1] && /^(?:and|or)$/.test(toks[b + 1].t)) j = b + 2;
    else j = b + 1;
    if (sep.t === 'and' || sep.t === 'or' || toks[j - 1].t === 'and' || toks[j - 1].t === 'or') {
      // The last item.
      if (toks[j]?.t === 'the') j++;
      if (!toks[j] || !toks[j].w || !toks[j].cap || FUNCTION_WORDS.has(toks[j].t)) return;
      const e = runRight(toks, j, 5);
      if (e <= j || (toks[e] && !/^(?:,|\.|;|\))$/.test(toks[e].t))) return;
      items.push([j, e]);
      break;
    }
  }
  for (const [a, b] of items) {
    const name = stripPossessive(joinTokens(toks, a, b, text));
    if (name.split(' ').every((w) => PLACES.has(w) || NATIONALITIES.has(w)) || reg.personByMention(name)) continue;
    reg.addOrg(name, 3, kind, kind === 'other' ? 1 : 2, orderKey(para.idx, toks[a].s));
  }
}

/** Ranks and honorific titles that may follow an office in a title (`Foreign Minister Sheikh ...`). */
const RANKS = new Set(['Sheikh', 'Capt.', 'Captain', 'Maj.', 'Major', 'Gen.', 'General', 'Col.', 'Colonel', 'Lt.', 'Lieutenant', 'Sgt.', 'Sergeant', 'Adm.', 'Admiral', 'Prof.', 'Professor', 'Imam', 'Field', 'Marshal']);

/** `YPG spokesman`, `RKI President`: the organization a title names in its first words, when known. */
function orgInRole(role: string, reg: Registry): OrgEntity | null {
  const words = role.split(' ');
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const o = reg.org(stripPossessive(words.slice(0, n).join(' ')));
    if (o) return o;
  }
  return null;
}

/**
 * The head of an office whose complement runs up to token `at` (exclusive): `Secretary` in
 * `Secretary of State`, `Chairman` in `Chairman of the Senate's Maritime Affairs Committee`,
 * `spokesperson` in `spokesperson for the Ministry of Trade`. The head is a title word or a
 * lower-case role noun followed by `of` or `for`; between it and `at` only capitalized words,
 * possessives and connectors. -1 when there is none.
 */
function officeBefore(toks: Token[], at: number): number {
  for (let j = at - 1; j >= 0 && at - j <= 12; j--) {
    const t = toks[j];
    if (!t.w) return -1;
    const next = toks[j + 1];
    const isHead = (TITLE_HEADS.has(t.t) || ROLE_NOUNS.has(t.lower) && startsLower(t.t)) && next && /^(?:of|for)$/.test(next.t);
    if (isHead) return j + 1 < at ? j : -1;
    if (t.cap || /^(?:of|for|the|and|on)$/.test(t.t)) continue;
    return -1;
  }
  return -1;
}

/**
 * `Author Given Surname insisted`: a role noun capitalized only because it opens the sentence,
 * before a name of two words or more in the run [at, end).
 */
export function capitalRole(toks: Token[], at: number, end: number): boolean {
  const prev = toks[at - 1];
  return end - at >= 3 && ROLE_NOUNS.has(toks[at].lower) && CAPITALIZED.test(toks[at].t) &&
    (!prev || prev.t === '.' || prev.t === '"' || prev.t === '“' || prev.t === '!' || prev.t === '?');
}

/** A personal name at tokens [a, b): capitalized words, particles inside, no org or place words. */
function validName(toks: Token[], a: number, b: number, reg: Registry): boolean {
  if (b - a < 1 || b - a > 5) return false;
  for (let k = a; k < b; k++) {
    const w = stripPossessive(toks[k].t);
    const lower = w.toLowerCase();
    // `Given May`: a month (or modal) word closing a name after a given name is a surname.
    const surnameWord = (FUNCTION_WORDS.has(w) || !!MONTH_NUMBER.get(lower)) &&
      k === b - 1 && k > a && GIVEN_NAMES.has(toks[k - 1].t) && !/^\d/.test(toks[b]?.t ?? '');
    if (ORG_HEAD_KIND.get(w) || PLACES.has(w) || NATIONALITIES.has(w) || FUNCTION_WORDS.has(w) && !surnameWord || HONORIFICS.has(w)) return false;
    if (k === a && TITLES.has(w)) return false;
    if (MONTH_NUMBER.get(lower) && !surnameWord || WEEKDAYS.has(lower)) return false;
    if (CAPS_2.test(w) && w.length > 1) return false; // acronyms
    if (/\d/.test(w)) return false;
    // `Leader Says Ceasefire`: a headline's verb is not part of a name.
    if (k > a && CUES.get(lower) === '') return false;
  }
  // `Sputnik Mundo`: an outlet's edition; `Al Jazeera`: an Arabic name with the article is an outlet or a group.
  if (b - a === 2 && (EDITIONS.has(toks[b - 1].t) || toks[a].t === 'Al' || toks[a].t === 'El')) return false;
  let name = toks[a].t;
  for (let k = a + 1; k < b; k++) name += ' ' + toks[k].t;
  if (reg.org(stripPossessive(name))) return false;
  return true;
}

function findPeople(para: Para, reg: Registry): void {
  const toks = para.tokens;
  const text = para.norm.text;
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (!t.w || !t.cap || FUNCTION_WORDS.has(t.t)) continue;
    if (i > 0 && toks[i - 1].w && toks[i - 1].cap && !FUNCTION_WORDS.has(toks[i - 1].t) && !TITLES.has(toks[i - 1].t) && !NATIONALITIES.has(toks[i - 1].t) && !HONORIFICS.has(toks[i - 1].t) && !MONTH_NUMBER.get(toks[i - 1].lower) &&
      !(isPossessive(toks[i - 1].t) && officeBefore(toks, i) >= 0)) continue; // not a run start
    let a = i;
    // Title before the name: `Tunisian President Karim al-Haddad`.
    let titleStart = -1;
    let k = a;
    while (k < n && toks[k].w && (TITLES.has(toks[k].t) || NATIONALITIES.has(toks[k].t) || HONORIFICS.has(toks[k].t) || (isPossessive(toks[k].t) && startsUpper(toks[k].t) && PLACES.has(stripPossessive(toks[k].t))))) {
      if (titleStart < 0) titleStart = k;
      k++;
    }
    let hasTitleHead = false as boolean;
    for (let j = a; j < k; j++) if (TITLE_HEADS.has(toks[j].t)) hasTitleHead = true;
    // `Author Given Surname insisted`: a role noun opening the sentence is the role, not a name word.
    const openingRole = k === a && capitalRole(toks, a, runRight(toks, a, 6));
    if (openingRole) k++;
    let nameStart = k;
    const nameEnd = runRight(toks, nameStart, 5);
    if (nameEnd <= nameStart) continue;
    // `Democratic Senators A (D-XX), B and C`: a list, read by findListedPeople.
    let pluralTitle = false;
    for (let j = a; j < nameEnd; j++) if (PLURAL_TITLES.has(toks[j].t)) pluralTitle = true;
    if (pluralTitle) { i = nameEnd - 1; continue; }
    // `Health Minister Laura Brennan`: the title ends inside the capitalized run.
    for (let j = nameEnd - 2; j >= nameStart; j--) {
      if (TITLE_HEADS.has(toks[j].t)) { nameStart = j + 1; hasTitleHead = true; break; }
    }
    // `Secretary of State Name`, `Chairman of the Senate's Maritime Affairs Committee Name`,
    // `spokesperson for the Ministry of Trade Name`: an office whose complement ends where the name begins.
    let office: { role: string; orgText: string | null } | null = null;
    if (!hasTitleHead) {
      let cut = nameStart;
      for (let j = nameEnd - 3; j >= nameStart; j--) {
        if (OFFICE_COMPLEMENTS.has(toks[j].t) || ORG_HEAD_KIND.get(stripPossessive(toks[j].t))) { cut = j + 1; break; }
      }
      const head = officeBefore(toks, a);
      const complementEnds = cut > nameStart || a < nameStart && OFFICE_COMPLEMENTS.has(toks[nameStart - 1].t);
      if (head >= 0 && complementEnds && nameEnd - cut >= 2) {
        let r0 = head;
        while (r0 > 0 && toks[r0 - 1].w && (TITLES.has(toks[r0 - 1].t) || NATIONALITIES.has(toks[r0 - 1].t) || PLACES.has(toks[r0 - 1].t))) r0--;
        office = { role: text.slice(toks[r0].s, toks[cut - 1].e), orgText: null };
        // The organization the complement names, when known: the longest known run inside it.
        for (let x = head + 1; x < cut && !office.orgText; x++) {
          for (let y = cut; y > x; y--) {
            const cand = stripPossessive(joinTokens(toks, x, y, text));
            if (toks[x].cap && reg.org(cand)) { office.orgText = cand; break; }
          }
        }
        nameStart = cut;
      }
    }
    // A lone word with no title before it is no name for this finder, valid or not: spare it the checks.
    if (nameEnd - nameStart < 2 && nameStart === i) continue;
    const last = toks[nameEnd - 1];
    const nameText = stripPossessive(joinTokens(toks, nameStart, nameEnd, text));
    if (!validName(toks, nameStart, nameEnd, reg)) continue;
    const words = nameEnd - nameStart;
    const order = orderKey(para.idx, toks[nameStart].s);
    const after = toks[nameEnd];
    const possessiveEnd = isPossessive(last.t);

    if (office) {
      const p = reg.addPerson(nameText, order);
      if (!p.role) p.role = office.role;
      if (!p.organization && office.orgText) p.organization = reg.org(office.orgText);
      if (!p.organization && p.role) p.organization = orgInRole(p.role, reg);
      i = nameEnd - 1;
      continue;
    }
    if (openingRole && words >= 2) {
      const p = reg.addPerson(nameText, order);
      if (!p.role) p.role = toks[a].lower;
      i = nameEnd - 1;
      continue;
    }
    // 1b. Lower-case role phrase before the name: `ministry spokesman Name`, `UN envoy Name`.
    const prevTok = toks[nameStart - 1];
    if (nameStart === a && words >= 2 && prevTok && prevTok.w && ROLE_NOUNS.has(prevTok.lower) && prevTok.e + 1 === toks[nameStart].s) {
      let r0 = nameStart - 1;
      while (r0 - 1 >= 0 && nameStart - r0 < 4 && toks[r0 - 1].w && toks[r0 - 1].e + 1 === toks[r0].s &&
        !/^(?:the|a|an|of|in|at|on|for|to|with|and|by|from|said|says|told|that|as)$/i.test(toks[r0 - 1].t) && !CUES.has(toks[r0 - 1].t) && !isPossessive(toks[r0 - 1].t) &&
        !WEEKDAYS.has(toks[r0 - 1].lower) && !MONTH_NUMBER.get(toks[r0 - 1].lower)) r0--;
      const p = reg.addPerson(nameText, order);
      if (!p.role) p.role = text.slice(toks[r0].s, prevTok.e);
      if (!p.organization && p.role) p.organization = orgInRole(p.role, reg);
      i = nameEnd - 1;
      continue;
    }
    // 1. Title before the name.
    if (hasTitleHead && words >= 2) {
      const p = reg.addPerson(nameText, order);
      let titleWords = toks.slice(a, nameStart).filter((x) => !HONORIFICS.has(x.t)).map((x) => x.t);
      // `Qatari Foreign Minister Sheikh Name`, `Maj. Gen. Name`: a rank or honorific after the office is not the role.
      let cut = titleWords.length;
      while (cut > 0 && RANKS.has(titleWords[cut - 1])) cut--;
      if (cut > 0) titleWords = titleWords.slice(0, cut);
      let role = titleWords.join(' ');
      // `Pentagon spokesman Capt. Name`: the office is the lower-case role phrase before the rank.
      const before = toks[a - 1];
      if (cut === 0 && before && before.w && ROLE_NOUNS.has(before.lower) && startsLower(before.t) && before.e + 1 === toks[a].s) {
        let r0 = a - 1;
        while (r0 - 1 >= 0 && a - r0 < 4 && toks[r0 - 1].w && toks[r0 - 1].e + 1 === toks[r0].s &&
          !/^(?:the|a|an|of|in|at|on|for|to|with|and|by|from|said|says|told|that|as)$/i.test(toks[r0 - 1].t) && !CUES.has(toks[r0 - 1].t) && !isPossessive(toks[r0 - 1].t) &&
        !WEEKDAYS.has(toks[r0 - 1].lower) && !MONTH_NUMBER.get(toks[r0 - 1].lower)) r0--;
        role = text.slice(toks[r0].s, before.e);
      }
      if (cut === 0 && role === titleWords.join(' ')) {
        // `Kuwait's emir, Sheikh Name` / `Maj. Gen. Name, head of ...`: a rank alone is no office;
        // the office is the appositive before or after the name.
        const app = toks[a - 1]?.t === ',' ? roleBefore(toks, a - 1, text, reg)
          : !possessiveEnd && after?.t === ',' ? appositive(toks, nameEnd + 1, text) : null;
        if (app) {
          role = app.role;
          if (!p.organization && app.orgText) p.organization = reg.org(app.orgText);
        }
      }
      if (!p.role && role) p.role = role;
      if (!p.organization && p.role) p.organization = orgInRole(p.role, reg);
      i = nameEnd - 1;
      continue;
    }
    if (words < 2) { i = nameEnd - 1; continue; }
    const nameOnly = nameStart === a ? nameText : nameText;

    // 2. Appositive with a role word: `Name, a senior fellow at the Org,`.
    if (!possessiveEnd && after && after.t === ',' ) {
      const app = appositive(toks, nameEnd + 1, text);
      if (app) {
        const p = reg.addPerson(nameOnly, order);
        if (!p.role) p.role = app.role;
        if (app.orgText && !p.organization) {
          const o = reg.org(app.orgText);
          if (o) p.organization = o;
        }
        if (!p.organization && p.role) p.organization = orgInRole(p.role, reg);
        i = nameEnd - 1;
        continue;
      }
    }
    // 3. Next to a reporting verb: `Name said`, `said Name`, `according to Name`.
    const before = toks[nameStart - 1];
    const before2 = toks[nameStart - 2];
    const cueAfter = after && after.w && PERSON_CUES.test(after.t) && !possessiveEnd &&
      !(before && MEDIA_NOUNS.has(before.t));
    const cueBefore = before && before.w && (CUES.get(before.t) === '' && /^(?:said|says|added|noted|told|wrote|asked)$/.test(before.t) || (before.t === 'to' && before2?.t === 'according'));
    if (cueAfter || cueBefore) {
      // `Do Amaral Pinto said` after `Rui Carlos do Amaral Pinto`: the end of a known name is an alias.
      const known = reg.person(nameOnly) ? null : reg.personByMention(nameOnly);
      if (known && known.name.toLowerCase().endsWith(' ' + nameOnly.toLowerCase())) { reg.addPersonAlias(known, nameOnly); i = nameEnd - 1; continue; }
      reg.addPerson(nameOnly, order);
      i = nameEnd - 1;
      continue;
    }
    // 4. `the candidate ... from the same party, Name.`: apposition to a role noun phrase.
    if (before && before.t === ',' && (!after || /^[.,;)]$/.test(after.t))) {
      // `A spokesman for the Org, Name, said`: the role phrase before the comma.
      const rb = roleBefore(toks, nameStart - 1, text, reg);
      if (rb) {
        const p = reg.addPerson(nameOnly, order);
        if (!p.role) p.role = rb.role;
        if (!p.organization && rb.orgText) p.organization = reg.org(rb.orgText);
        i = nameEnd - 1;
        continue;
      }
      let roleIdx = -1;
      let partyRef = false;
      for (let j = nameStart - 2; j >= Math.max(0, nameStart - 14); j--) {
        const w = toks[j].t;
        if (w === ',' || w === '"' || w === '“' || w === '”' || w === '.') { if (j < nameStart - 2) break; }
        if (/^part(?:y|ies)$/.test(w)) partyRef = true;
        if (ROLE_NOUNS.has(w) && startsLower(w)) { roleIdx = j; break; }
      }
      if (roleIdx >= 0) {
        const p = reg.addPerson(nameOnly, order);
        if (partyRef && !p.organization) {
          // `the same party`: the last political party named before.
          let best: OrgEntity | null = null;
          let bestOrder = -1;
          for (const o of reg.liveOrgs()) {
            if (o.kind !== 'political_party') continue;
            for (const m of o.mentions) if (m < order && m > bestOrder) { bestOrder = m; best = o; }
          }
          if (best) p.organization = best;
        }
        i = nameEnd - 1;
        continue;
      }
    }
    i = nameEnd - 1;
  }
}

/**
 * A full name in running prose with no role, title or cue next to it: a capitalized run of two or
 * three words that opens with a common given name (lexicon `GIVEN_NAMES`), at a run start (or
 * after a title), and passes `validName` (`... backstabbing Given Surname, who ...`). A run
 * followed by another capitalized word, or part of a known name, is left alone.
 */
function findByGivenName(para: Para, reg: Registry): void {
  // Photographers in credits (`© Agency / Given Surname`) are not people of the article.
  if (para.kind === 'credit') return;
  const toks = para.tokens;
  const text = para.norm.text;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // A given name is capitalized and opens a run of two words or more, so a capitalized word
    // (or a particle) follows it: these cheap tests spare most words a lookup in the large set.
    const second = toks[i + 1];
    if (!t.w || !t.cap || !second || !second.w || second.s !== t.e + 1 || !(second.cap || NAME_PARTICLES.has(second.t))) continue;
    if (!GIVEN_NAMES.has(t.t)) continue;
    const prev = toks[i - 1];
    if (prev && (prev.t === '/' || prev.t === '©')) continue;
    if (prev && prev.w && prev.cap && prev.e + 1 === t.s && !FUNCTION_WORDS.has(prev.t) && !TITLES.has(prev.t) &&
      !HONORIFICS.has(prev.t) && !NATIONALITIES.has(prev.t) && !isPossessive(prev.t)) continue;
    const end = runRight(toks, i, 4);
    const words = end - i;
    if (words < 2 || words > 3) { if (end > i) i = end - 1; continue; }
    // `at the Given Word`: a name after an article is an outlet's or a place's.
    if (prev && /^(?:the|a|an)$/.test(prev.t)) { i = end - 1; continue; }
    const next = toks[end];
    if (next && next.w && next.cap && next.s === toks[end - 1].e + 1) { i = end - 1; continue; }
    if (!validName(toks, i, end, reg)) { i = end - 1; continue; }
    const name = stripPossessive(joinTokens(toks, i, end, text));
    if (!reg.personByMention(name)) reg.addPerson(name, orderKey(para.idx, t.s));
    i = end - 1;
  }
}

/** Passive verbs whose subject is a person (`Surname was nominated`, `Surname has been indicted`). */
const PERSON_PASSIVES = new Set([
  // Not `elected` or `inaugurated`: countries are elected to councils, buildings inaugurated.
  'nominated', 'appointed', 'sworn', 'fired', 'sacked', 'impeached', 'indicted',
  'arrested', 'sentenced', 'convicted', 'acquitted', 'born', 'married', 'hospitalized', 'hospitalised', 'assassinated',
  'kidnapped', 'detained', 'extradited', 'jailed', 'imprisoned', 'pardoned', 'knighted',
]);
/** Relations of one person to another (`Surname's rival Given Surname`), besides FAMILY_NOUNS. */
const PERSON_RELATIONS = new Set([...FAMILY_NOUNS, 'rival', 'opponent', 'challenger', 'predecessor', 'successor', 'deputy', 'aide']);
/** Nouns for a ruler's power (`Given al-Surname's regime`). */
const RULE_NOUNS = new Set(['regime', 'government', 'administration']);
/** Pronouns that, coordinated with a bare given name, make it a person's (`Anna and I`). */
const COORDINATED_PRONOUNS = new Set(['I', 'me', 'he', 'she', 'him', 'her', 'we', 'us']);

/** A single capitalized word that could be a surname standing alone: no lexicon knows it as anything else. */
function loneNameWord(w: string, reg: Registry): boolean {
  return LONE_NAME.test(w) && !PLACES.has(w) && !NATIONALITIES.has(w) && !FUNCTION_WORDS.has(w) &&
    !TITLES.has(w) && !HONORIFICS.has(w) && !ORG_HEAD_KIND.get(w) && !SECTIONS.has(w) && !EDITIONS.has(w) &&
    !MONTH_NUMBER.get(w.toLowerCase()) && !WEEKDAYS.has(w.toLowerCase()) && !CUES.has(w.toLowerCase()) && !reg.org(w);
}

/**
 * People named by what the sentence does with them rather than by a full name, a title or a cue:
 *  - a lone surname as the subject of a passive that only people undergo (`Surname was nominated`);
 *  - a lone surname owning a relation to a person already known (`Surname's rival Given Other`);
 *  - `Abu Name al-Name`, an Arabic kunya with its nisba;
 *  - `Given al-Surname's regime`, the ruler of a regime, also when a flattened row lost the
 *    apostrophe (`al-Surnames regime`, when `Surname` stands alone elsewhere in the text);
 *  - a bare given name coordinated with a personal pronoun (`Anna and I`, `he and Anna`).
 * Sentence-initial words are not excluded: the patterns themselves say a person is meant.
 */
const PASSIVE_AUXILIARIES = new Set(['was', 'has', 'had', 'is']);

function findNamesByUse(paras: Para[], reg: Registry): void {
  let words: Set<string> | null = null;
  const wordsOfText = () => {
    if (!words) { words = new Set(); for (const para of paras) for (const t of para.tokens) if (t.w) words.add(t.t); }
    return words;
  };
  for (const para of paras) {
    if (para.kind === 'credit') continue;
    const toks = para.tokens;
    const text = para.norm.text;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!t.w || !t.cap) continue;
      const prev = toks[i - 1];
      const next = toks[i + 1];
      const joinedPrev = !!prev && prev.w && prev.cap && prev.e + 1 === t.s && !FUNCTION_WORDS.has(prev.t);
      const order = orderKey(para.idx, t.s);
      // `Abu Name al-Name`.
      if ((t.t === 'Abu' || t.t === 'Umm') && next?.w && CAPITALIZED.test(next.t) && !PLACES.has(next.t)) {
        const nisba = toks[i + 2];
        if (nisba && nisba.w && NISBA.test(nisba.t) && nisba.s === next.e + 1 && next.s === t.e + 1) {
          const name = stripPossessive(joinTokens(toks, i, i + 3, text));
          if (!reg.org(name) && !reg.personByMention(name)) reg.addPerson(name, order);
          i += 2;
          continue;
        }
      }
      // `Given al-Surname's regime`, `Given al-Surnames regime`.
      const second = toks[i + 1];
      const ruled = toks[i + 2];
      if (!joinedPrev && second?.w && second.s === t.e + 1 && hasArticlePrefix(second.t) && ARTICLE_NAME.test(second.t) && ruled?.w && RULE_NOUNS.has(ruled.t) && loneNameWord(t.t, reg)) {
        let surname = '';
        if (isPossessive(second.t)) surname = stripPossessive(second.t);
        else if (second.t.endsWith('s')) {
          const stem = second.t.slice(0, -1);
          const bare = stem.replace(/^(?:al|el)-/, '');
          if (wordsOfText().has(stem) || wordsOfText().has(bare)) surname = stem;
        }
        if (surname) {
          const name = `${t.t} ${surname}`;
          const misread = surname !== stripPossessive(second.t) ? reg.person(`${t.t} ${second.t}`) : null;
          if (misread && !reg.person(name)) reg.renamePerson(misread, name);
          else if (!reg.org(name) && !reg.personByMention(name)) reg.addPerson(name, order);
          i += 1;
          continue;
        }
      }
      if (joinedPrev || (next && next.w && next.cap && next.s === t.e + 1)) continue;
      const bare = stripPossessive(t.t);
      const possessive = isPossessive(t.t);
      const passive = !possessive && !!next && PASSIVE_AUXILIARIES.has(next.t);
      const related = possessive && !!next && PERSON_RELATIONS.has(next.t);
      // A bare given name counts only coordinated with a pronoun (below): that cheap shape first.
      const coordinated = !possessive && (
        next?.t === 'and' && COORDINATED_PRONOUNS.has(toks[i + 2]?.t ?? '') ||
        prev?.t === 'and' && COORDINATED_PRONOUNS.has(toks[i - 2]?.t ?? ''));
      const lone = coordinated && GIVEN_NAMES.has(bare) && !WORLD_GIVEN_NAMES.has(bare);
      // Only these three shapes name anyone below: test them before the registry's scan of people.
      if (!passive && !related && !lone) continue;
      if (reg.personByMention(bare)) continue;
      // `Surname was nominated`.
      if (passive && loneNameWord(bare, reg)) {
        let k = i + 2;
        if (toks[k]?.t === 'been') k++;
        if (toks[k] && PERSON_PASSIVES.has(toks[k].t) && !GIVEN_NAMES.has(bare)) { reg.addPerson(bare, order); continue; }
      }
      // `Surname's rival Given Other`.
      if (related && loneNameWord(bare, reg)) {
        const a = i + 2;
        const b = runRight(toks, a, 4);
        if (b - a >= 2 && reg.person(stripPossessive(joinTokens(toks, a, b, text)))) { reg.addPerson(bare, order); continue; }
      }
      // `Anna and I`, `he and Anna`: a bare given name (English lists only: the others hold too many words).
      if (lone && loneNameWord(bare, reg)) reg.addPerson(bare, order);
    }
  }
}

/**
 * `his daughter Anna`, `her husband, Piotr,`: a relative named by a single given name after a
 * possessive and a family noun (lexicon `FAMILY_NOUNS`). The name alone is the person's.
 */
function findRelatives(para: Para, reg: Registry): void {
  const toks = para.tokens;
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i];
    if (!t.w || !FAMILY_NOUNS.has(t.t)) continue;
    const owner = toks[i - 1];
    if (!/^(?:his|her|their)$/i.test(owner.t) && !(isPossessive(owner.t) && owner.cap)) continue;
    let k = i + 1;
    if (toks[k].t === ',') k++;
    const name = toks[k];
    if (!name || !name.w || !name.cap || isPossessive(name.t)) continue;
    const next = toks[k + 1];
    if (next && next.w && next.cap) continue; // a full name: read by the other finders
    if (!validName(toks, k, k + 1, reg) || reg.personByMention(name.t)) continue;
    reg.addPerson(name.t, orderKey(para.idx, name.s));
  }
}

/**
 * `President Surname`, `Chancellor Surname's`: a title head before a single capitalized word.
 * The surname of a known person becomes an alias of theirs; otherwise the surname alone names
 * a person whose role is the title. Read after every full name is known.
 */
function findTitledSurnames(para: Para, reg: Registry): void {
  const toks = para.tokens;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    const title = toks[i - 1];
    if (!t.w || !t.cap || !TITLE_HEADS.has(title.t) || title.e + 1 !== t.s) continue;
    const next = toks[i + 1];
    if (next && next.w && (next.cap || NAME_PARTICLES.has(next.t)) && next.s === t.e + 1 && !isPossessive(t.t)) continue;
    const before = toks[i - 2];
    // `Deputy Prime Minister Surname` is fine; `the Minister Plenipotentiary` is no name.
    if (!validName(toks, i, i + 1, reg) || before && before.w && /^(?:the|a|an)$/i.test(before.t) && !t.cap) continue;
    const surname = stripPossessive(t.t);
    // `..., Minister Says`: a headline's verb is no surname.
    if (surname.length < 3 || ALL_CAPS.test(surname) || CUES.has(surname.toLowerCase())) continue;
    const order = orderKey(para.idx, t.s);
    const known = reg.personByMention(surname);
    if (known) { reg.addPersonAlias(known, surname); continue; }
    let r0 = i - 1;
    while (r0 > 0 && toks[r0 - 1].w && (TITLES.has(toks[r0 - 1].t) || NATIONALITIES.has(toks[r0 - 1].t)) && toks[r0 - 1].e + 1 === toks[r0].s) r0--;
    const p = reg.addPerson(surname, order);
    if (!p.role) p.role = toks.slice(r0, i).map((x) => x.t).join(' ');
  }
}

/**
 * People named in a list after a plural title or a plural noun for people:
 * `Senators A (R-XX), B (R-YY) and C`, `actresses and activists A and B`,
 * `celebrities such as A and B`, and the name before `and other economists`.
 * A lone capitalized word counts only after a capitalized title (`Senators Surname and Surname`).
 */
function findListedPeople(para: Para, reg: Registry): void {
  const toks = para.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.w) continue;
    const title = PLURAL_TITLES.get(t.t);
    const plural = !title && PERSON_PLURALS.has(t.lower) && startsLower(t.t);
    if (title || plural) {
      let from = i + 1;
      let introduced = false;
      if (plural && toks[from]?.t === 'such' && toks[from + 1]?.t === 'as') { from += 2; introduced = true; }
      else if (plural && /^(?:including|like)$/.test(toks[from]?.t ?? '')) { from += 1; introduced = true; }
      if (!toks[from] || toks[from].s !== toks[from - 1].e + 1) continue;
      const items = listItems(toks, from);
      if (items.length < (introduced ? 1 : 2)) continue;
      for (const [a, b] of items) addListedPerson(para, reg, a, b, title ?? null);
      i = items[items.length - 1][1] - 1;
      continue;
    }
    // `A and other economists`, `A and fellow senators`.
    if ((t.t === 'other' || t.t === 'fellow') && toks[i - 1]?.t === 'and' && PERSON_PLURALS.has(toks[i + 1]?.lower ?? '') && i >= 2) {
      const end = i - 2;
      if (!toks[end].w || !toks[end].cap) continue;
      addListedPerson(para, reg, runLeft(toks, end, para), end + 1, null);
    }
  }
}

/** A person of a list at tokens [a, b) of `para`, with the list's title as role. */
function addListedPerson(para: Para, reg: Registry, a: number, b: number, role: string | null): void {
  const toks = para.tokens;
  // Titles, nationalities and courtesy words before the name are not part of it.
  while (a < b && (TITLES.has(toks[a].t) || NATIONALITIES.has(toks[a].t) || HONORIFICS.has(toks[a].t))) a++;
  if (a >= b || !validName(toks, a, b, reg)) return;
  if (role === null && b - a < 2) return;
  const name = stripPossessive(joinTokens(toks, a, b, para.norm.text));
  if (reg.personByMention(name) && !reg.person(name)) return; // a known person's surname
  const p = reg.addPerson(name, orderKey(para.idx, toks[a].s));
  if (!p.role && role) p.role = role;
}

/**
 * Items of a list of names from token `from`: capitalized runs, each with an optional short
 * parenthetical gloss (`(R-XX)`), separated by commas and a final `and`/`or`.
 */
function listItems(toks: Token[], from: number): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let j = from;
  let last = false;
  while (items.length < 8) {
    const t = toks[j];
    if (!t || !t.w || !t.cap || FUNCTION_WORDS.has(t.t)) break;
    const b = runRight(toks, j, 4);
    if (b <= j) break;
    items.push([j, b]);
    if (last || isPossessive(toks[b - 1].t)) break;
    let k = b;
    if (toks[k]?.t === '(') {
      let close = -1;
      for (let x = k + 1; x < Math.min(toks.length, k + 6); x++) if (toks[x].t === ')') { close = x; break; }
      if (close < 0) break;
      k = close + 1;
    }
    const sep = toks[k];
    if (!sep) break;
    if (sep.t === ',' && /^(?:and|or)$/.test(toks[k + 1]?.t ?? '')) { j = k + 2; last = true; }
    else if (sep.t === ',') j = k + 1;
    else if (sep.t === 'and' || sep.t === 'or') { j = k + 1; last = true; }
    else break;
  }
  return items;
}

/** A comma inside a list of lower-case modifiers: `radiation, chemical and biological troops`. */
function listComma(toks: Token[], at: number): boolean {
  for (let k = at + 1; k < toks.length && k <= at + 4; k++) {
    const t = toks[k];
    if (!t.w || !startsLower(t.t)) return false;
    if (t.t === 'and' || t.t === 'or') return k > at + 1;
  }
  return false;
}

const ROLE_PREPOSITIONS = /^(?:of|for|at|with|to|in)$/;

/**
 * The role phrase that ends at the comma `comma`, before a name in apposition:
 * `A spokesman for the Org, Name` -> role `spokesman`, organization text `Org`;
 * `the deputy head of the Org monitoring mission, Name` -> `deputy head`, `Org`;
 * `Country's emir, Name` -> `emir` (a place is no organization). Null unless the phrase is a
 * determiner or a possessive, lower-case role words, and at most a prepositional tail.
 */
function roleBefore(toks: Token[], comma: number, text: string, reg: Registry): { role: string; orgText: string | null } | null {
  let start = -1;
  let possessor: string | null = null;
  for (let k = comma - 1; k >= 0 && comma - k <= 12; k--) {
    const t = toks[k];
    if (!t.w) return null;
    const inTail = k > 0 && ROLE_PREPOSITIONS.test(toks[k - 1].t);
    if (/^(?:a|an|the)$/i.test(t.t) && !inTail) { start = k + 1; break; }
    if (isPossessive(t.t) && t.cap && !inTail && !(k > 0 && toks[k - 1].t === 'the')) { start = k + 1; possessor = stripPossessive(t.t); break; }
    if (CUES.has(t.lower) || /^(?:and|or|but|that|which|who|as|by)$/.test(t.t)) return null;
  }
  if (start < 0 || start >= comma) return null;
  // Role words: lower-case (nationalities allowed), ending at the last of a run of role nouns.
  let r = -1;
  let k = start;
  for (; k < comma; k++) {
    const t = toks[k];
    if (ROLE_NOUNS.has(t.lower) && startsLower(t.t)) { r = k; continue; }
    if (r >= 0) break;
    if (!(startsLower(t.t) || NATIONALITIES.has(t.t))) return null;
  }
  if (r < 0) return null;
  let orgText: string | null = null;
  if (r + 1 < comma) {
    if (!ROLE_PREPOSITIONS.test(toks[r + 1].t)) return null;
    let a = r + 2;
    if (a < comma && toks[a].t === 'the') a++;
    if (a < comma && toks[a].cap) {
      let b = a;
      while (b < comma && toks[b].w && (toks[b].cap || (ORG_CONNECTORS.has(toks[b].t) && b + 1 < comma && toks[b + 1].cap))) b++;
      for (let e = b; e > a && !orgText; e--) {
        const cand = stripPossessive(joinTokens(toks, a, e, text));
        if (reg.org(cand)) orgText = cand;
      }
    }
  } else if (possessor && reg.org(possessor)) orgText = possessor;
  return { role: text.slice(toks[start].s, toks[r].e), orgText };
}

/**
 * `, a senior fellow at the Wexford Institute,` -> role `senior fellow`, organization text.
 * `, economist and expert on Chilean trade policy,` -> the whole phrase is the role.
 */
function appositive(toks: Token[], from: number, text: string): { role: string; orgText: string | null } | null {
  let k = from;
  if (k >= toks.length) return null;
  if (/^(?:a|an|the)$/i.test(toks[k].t)) k++;
  const roleStart = k;
  let roleWordAt = -1;
  for (let j = k; j < Math.min(toks.length, k + 5); j++) {
    if (!toks[j].w) break;
    if (ROLE_NOUNS.has(toks[j].lower) && startsLower(toks[j].t)) { roleWordAt = j; }
    else if (roleWordAt >= 0) break;
  }
  if (roleWordAt < 0) return null;
  // The appositive runs to the next comma (or sentence end), skipping parentheses.
  let end = roleStart;
  let depth = 0;
  while (end < toks.length && end < roleStart + 40) {
    const w = toks[end].t;
    if (w === '(' || w === '[') depth++;
    else if (w === ')' || w === ']') depth--;
    else if (depth <= 0 && w === ',' && listComma(toks, end)) { end++; continue; }
    else if (depth <= 0 && (w === ',' || w === '.' || w === ';' || w === '"' || w === '“' || w === '”')) break;
    end++;
  }
  if (end <= roleStart) return null;
  // Role: up to a preposition that introduces an organization.
  let roleEnd = end;
  let orgText: string | null = null;
  for (let j = roleWordAt + 1; j < end; j++) {
    if (/^(?:at|of|from|with|for|in)$/.test(toks[j].t)) {
      let a = j + 1;
      while (a < end && toks[a].w && startsLower(toks[a].t) && !toks[a].cap) a++;
      // Skip modifiers like `US-based` or `influential`.
      let b = a;
      let lastCapRun: [number, number] | null = null;
      while (b < end) {
        if (toks[b].w && toks[b].cap) {
          const s0 = b;
          while (b < end && toks[b].w && (toks[b].cap || (/^(?:of|on|for|and)$/.test(toks[b].t) && b + 1 < end && toks[b + 1].cap && toks[b + 1].t !== 'The'))) b++;
          lastCapRun = [s0, b];
          if (ORG_HEAD_KIND.get(toks[b - 1].t) || b < end && toks[b].t === '(') break;
          continue;
        }
        if (toks[b].t === '(' || toks[b].t === 'in' || toks[b].t === 'and') break;
        b++;
      }
      if (lastCapRun) {
        roleEnd = j;
        orgText = text.slice(toks[lastCapRun[0]].s, toks[lastCapRun[1] - 1].e);
      }
      break;
    }
  }
  const role = text.slice(toks[roleStart].s, toks[roleEnd - 1].e);
  if (role.length > 120) return null;
  return { role, orgText };
}

/** `in his article for X`: X, the organization of the person named before. */
const ARTICLE_FOR = /\b(?:in|for) (?:his|her|an|a|the) (?:recent |latest |new )?(?:article|column|op-ed|piece|analysis|commentary|report|interview) (?:for|in|with|published by|to) (?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,4})/gu;

/** Organizations of people from the clause after their introduction (`in his article for X`). */
function linkPeople(paras: Para[], reg: Registry): void {
  // `KLMA Chief Name`: an organization found after the person (by its use) named in the role.
  for (const p of reg.people) if (!p.organization && p.role) p.organization = orgInRole(p.role, reg);
  for (const para of paras) {
    const text = para.norm.text;
    let m: RegExpExecArray | null;
    ARTICLE_FOR.lastIndex = 0;
    while ((m = ARTICLE_FOR.exec(text)) !== null) {
      const org = reg.org(m[1]);
      if (!org) continue;
      // The person introduced most recently before this phrase in the same paragraph.
      const at = orderKey(para.idx, m.index);
      let best: PersonEntity | null = null;
      for (const p of reg.people) if (p.order < at && p.order >= orderKey(para.idx, 0) && (!best || p.order > best.order)) best = p;
      if (best && !best.organization) best.organization = org;
    }
  }
}

export { SOURCE_NOUNS };

/** Every later mention of a person by full name or bare surname (`the Assad government`). */
export function findMentions(paras: Para[], reg: Registry): void {
  if (reg.people.length === 0) return;
  const bySurname = new Map<string, PersonEntity[]>();
  for (const p of reg.people) {
    const list = bySurname.get(p.surname) ?? [];
    list.push(p);
    bySurname.set(p.surname, list);
  }
  for (const para of paras) {
    const toks = para.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!t.w) continue;
      const bare = stripPossessive(t.t);
      const list = bySurname.get(bare);
      if (!list || list.length !== 1) continue;
      const p = list[0];
      const prev = toks[i - 1];
      const next = toks[i + 1];
      const joinedPrev = prev && prev.w && prev.cap && prev.e + 1 === t.s && !FUNCTION_WORDS.has(prev.t) && !TITLES.has(prev.t) && !NATIONALITIES.has(prev.t);
      const joinedNext = next && next.w && next.cap && t.e + 1 === next.s && !isPossessive(t.t) && !ORG_HEAD_KIND.get(next.t);
      const order = orderKey(para.idx, t.s);
      p.mentions.push(order);
      if (joinedPrev || joinedNext) continue; // part of the full name (or of another name)
      if (p.name.split(' ').length > 1) reg.addPersonAlias(p, bare);
    }
  }
}
