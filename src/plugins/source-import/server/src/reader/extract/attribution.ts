/**
 * Quotations and who said them. For every outermost quoted span of the lead and body:
 * drop scare quotes and terms, then look for the attribution after the quote (`," Name notes`,
 * `," said the analyst`) or before it (`X told Y that "..."`, `X explains that ... "..."`),
 * and resolve the speaker: full name, surname, "the <role>", pronoun, unnamed source, organization.
 * Precision over recall: when unsure, the speaker stays null.
 */
import * as lexicon from '../lexicon';
const CUE_FILLERS = lexicon.CUE_FILLERS;
const CUES = lexicon.CUES;
const FUNCTION_WORDS = lexicon.FUNCTION_WORDS;
const GENERIC_ROLE_NOUNS = lexicon.GENERIC_ROLE_NOUNS;
const isParticipleCue = lexicon.isParticipleCue;
const MEDIA_NOUNS = lexicon.MEDIA_NOUNS;
const NATIONALITIES = lexicon.NATIONALITIES;
/* Maps rather than the lexicon's plain objects: lookups with fresh token strings stay cheap. */
const ORG_NOUNS = new Map(Object.entries(lexicon.ORG_NOUNS));
const PLACES = lexicon.PLACES;
const PRONOUNS = lexicon.PRONOUNS;
const CLAUSE_OPENERS = lexicon.CLAUSE_OPENERS;
const ROLE_NOUNS = lexicon.ROLE_NOUNS;
const SOURCE_NOUNS = lexicon.SOURCE_NOUNS;
const TERM_MARKERS = lexicon.TERM_MARKERS;
const GOVERNING_VERBS = new Map(Object.entries(lexicon.GOVERNING_VERBS));
const TITLES = lexicon.TITLES;
const TITLE_HEADS = lexicon.TITLE_HEADS;
const OFFICE_COMPLEMENTS = lexicon.OFFICE_COMPLEMENTS;
const HONORIFICS = lexicon.HONORIFICS;
const WEEKDAYS = lexicon.WEEKDAYS;
const NAME_PARTICLES = lexicon.NAME_PARTICLES;
const EDITIONS = lexicon.EDITIONS;
const ORG_HEADS = new Map(Object.entries(lexicon.ORG_HEADS));
/* Word shapes (constants, not literals in functions: see parse/chars.ts). */
const CAPS_2_5 = /^\p{Lu}{2,5}$/u;
/** `U.S`, `U.K`: a dotted abbreviation before its last period. */
const DOTTED_CAPS = /^\p{Lu}(?:\.\p{Lu})+$/u;
const INITIAL = /^\p{Lu}\.$/u;
import type { QuoteKind } from '../types';
import { inQuote, type Para } from './paras';
import { findAnswers, isAnswerLabel, type Answer } from './interview';
import { orderKey, type OrgEntity, type PersonEntity, type Registry } from './registry';
import * as textFns from './text';
import type { Token } from './text';
import * as chars from '../parse/chars';
import { capitalRole } from './entities';
import { wordCount } from '../parse/normalize';
import { titleLike } from '../parse/blocks';

/* Called per token: bound once (see parse/chars.ts). */
const { isCap, isPossessive, stripPossessive } = textFns;
const { startsLower, startsUpper } = chars;

export type SpeakerRef =
  | { person: PersonEntity }
  | { org: OrgEntity }
  | { anon: string };

export interface FoundQuote {
  para: Para;
  /** Normalized [a, b) of the quoted words. */
  a: number;
  b: number;
  text: string;
  kind: QuoteKind;
  speaker: SpeakerRef | null;
  cue: string | null;
  chain: number;
  /** The quotation lost its closing mark and was cut at its attribution. */
  unclosed?: boolean;
  /** The quotation was abandoned: another one opened after a sentence end before it closed. */
  abandoned?: boolean;
  /** The quotation is still open where its paragraph ends (no closing mark, no attribution inside). */
  openToEnd?: boolean;
}

interface NP {
  kind: 'pronoun' | 'name' | 'role' | 'source' | 'orgnoun';
  text: string;
  det: string | null;
  head: string;
  start: number; // token index
  /** For a capitalized phrase ending in an organization's head word (`Foreign Ministry`), the whole phrase. */
  orgText?: string;
}

interface State {
  lastPerson: PersonEntity | null;
  lastAnon: string | null;
  lastOrg: OrgEntity | null;
  /** Paragraph index where a person was last resolved as a speaker. */
  personPara: number;
  /** Where an unnamed source or an organization last spoke (order key), -1 if none. */
  otherAt: number;
  /** Where the last person resolved as a speaker was resolved (order key of the cue), -1 if none. */
  personAt: number;
  /** `Name asked if Other ...`: the person asked about, and the paragraph that asks. */
  askedAbout: { person: PersonEntity; para: number } | null;
}

const MAX_SCAN = 60; // tokens looked at around a quote

function cueAt(toks: Token[], i: number): { text: string; end: number } | null {
  const t = toks[i];
  if (!t || !t.w) return null;
  // `According to Name, ...` opens its sentence capitalized.
  const next = CUES.get(t.t) ?? (t.t === 'According' ? CUES.get(t.lower) : undefined);
  if (next === undefined) return null;
  // `the report`, `his comments`: a noun, not a reporting verb.
  if (i > 0 && /^(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your|of|in)$/i.test(toks[i - 1].t)) return null;
  // `would continue`, `to add`: a plan or a purpose, not an attribution.
  if (i > 0 && /^(?:would|will|could|can|should|might|must|may|to|shall)$/.test(toks[i - 1].t)) return null;
  if (next === '') return { text: t.t, end: i + 1 };
  if (toks[i + 1] && toks[i + 1].t === next) return { text: `${t.lower} ${next}`, end: i + 2 };
  return null;
}

const isDet = (w: string) => /^(?:the|a|an|one|two|three|several|some|many|another|this|that|these|those)$/i.test(w);

/** Noun phrase ending at token `j` (inclusive), read leftwards. */
function npLeft(toks: Token[], j: number, lo: number): NP | null {
  const t = toks[j];
  if (!t || j < lo || !t.w) return null;
  const lower = t.lower;
  if (PRONOUNS.has(lower)) return { kind: 'pronoun', text: t.t, det: null, head: lower, start: j };
  const isNoun = startsLower(t.t) && (ROLE_NOUNS.has(lower) || SOURCE_NOUNS.has(lower) || ORG_NOUNS.has(lower) || MEDIA_NOUNS.has(lower));
  if (isNoun) {
    let k = j - 1;
    let det: string | null = null;
    while (k >= lo && j - k <= 5 && toks[k].w) {
      if (isDet(toks[k].t)) { det = toks[k].lower; break; }
      // `the minister's spokesman`, `Name's spokesman`: an unnamed person described through another.
      if (isPossessive(toks[k].t)) {
        let p = k;
        while (p - 1 >= lo && toks[p - 1].w && toks[p - 1].cap && toks[k].cap && !FUNCTION_WORDS.has(toks[p - 1].t) && k - p < 4) p--;
        if (p - 1 >= lo && isDet(toks[p - 1].t)) p--;
        if (!ROLE_NOUNS.has(lower)) return null;
        return { kind: 'role', text: joinT(toks, p, j + 1), det: 'poss', head: lower, start: p };
      }
      if (CUES.has(toks[k].t) || /^(?:that|and|or|but|said|says)$/.test(toks[k].t)) return null;
      k--;
    }
    const start = det ? k : j;
    if (!det && !SOURCE_NOUNS.has(lower)) return null;
    const kind = SOURCE_NOUNS.has(lower) ? 'source' : ROLE_NOUNS.has(lower) ? 'role' : 'orgnoun';
    return { kind, text: joinT(toks, start, j + 1), det, head: lower, start };
  }
  if (t.cap && !FUNCTION_WORDS.has(t.t)) {
    let k = j;
    for (;;) {
      while (k - 1 >= lo && toks[k - 1].w && toks[k - 1].cap && !FUNCTION_WORDS.has(toks[k - 1].t) && !isPossessive(toks[k - 1].t) && j - k < 5) k--;
      // `de la Vega`, `Khalid bin Nasser`: particles inside a name.
      let p = k - 1;
      while (p >= lo && k - p <= 2 && toks[p].w && NAME_PARTICLES.has(toks[p].t)) p--;
      if (p < k - 1 && j - p < 7 && (p >= lo && toks[p].w && toks[p].cap && !FUNCTION_WORDS.has(toks[p].t) && !isPossessive(toks[p].t))) { k = p; continue; }
      // A leading particle belongs to the name as written (`," de la Vega told`).
      if (p < k - 1 && (p < lo || !toks[p].w || startsLower(toks[p].t) && !NAME_PARTICLES.has(toks[p].t))) k = p + 1;
      break;
    }
    let n0 = k;
    while (n0 < j && (TITLES.has(toks[n0].t) || NATIONALITIES.has(toks[n0].t) || HONORIFICS.has(toks[n0].t) || capitalRole(toks, n0, j + 1))) n0++;
    for (let x = j - 1; x >= n0; x--) if (TITLE_HEADS.has(toks[x].t) || (OFFICE_COMPLEMENTS.has(toks[x].t) || ORG_HEADS.has(toks[x].t)) && j - x >= 2) { n0 = x + 1; break; }
    // `state TV Name said`, `told KBTV Name`: an outlet's acronym or a media head glued before a
    // name (a flattened row lost the comma) is not part of it.
    for (let x = j - 1; x >= n0; x--) if (CAPS_2_5.test(toks[x].t) || ORG_HEADS.get(toks[x].t) === 'media') { n0 = x + 1; break; }
    const np: NP = { kind: 'name', text: stripPossessive(joinT(toks, n0, j + 1)), det: null, head: t.t, start: k };
    if (ORG_HEADS.has(t.t) && ORG_HEADS.get(t.t) !== 'media') np.orgText = stripPossessive(joinT(toks, k, j + 1));
    return np;
  }
  return null;
}

/** An unnamed source further left: `an unnamed source in Lisbon's ... circles` + cue. */
function sourceLeft(toks: Token[], cue: number, lo: number): NP | null {
  for (let j = cue - 1; j >= lo && cue - j <= 16; j--) {
    const w = toks[j].t;
    if (w === ',' || w === '"' || w === '“' || w === '”' || w === ';') return null;
    if (!SOURCE_NOUNS.has(w.toLowerCase()) || !startsLower(w)) continue;
    const gapFirst = toks[j + 1];
    // `a source close to ...`, `an official who asked not to be named`, `a source speaking on condition of anonymity`.
    if (j + 1 < cue && !/^(?:in|at|from|within|with|close|familiar|inside|of|among|near|who|speaking)$/.test(gapFirst.t)) return null;
    const np = npLeft(toks, j, lo);
    if (!np) return null;
    return { ...np, text: joinT(toks, np.start, cue) };
  }
  return null;
}

function joinT(toks: Token[], a: number, b: number): string {
  let out = '';
  for (let i = a; i < b; i++) {
    if (i > a && toks[i].s > toks[i - 1].e) out += ' ';
    out += toks[i].t;
  }
  return out;
}

/**
 * The verb governing a quotation that opens at token `open` from outside its clause
 * (`dismissed as "`, `described its campaign as "`, `accused the lobby of "`): its index, or -1.
 * Between the verb and the preposition at most four words, no punctuation.
 */
function governingVerb(toks: Token[], open: number, lo: number): number {
  const prep = toks[open - 1];
  if (!prep || !prep.w || (prep.lower !== 'as' && prep.lower !== 'of')) return -1;
  for (let k = open - 2; k >= lo && open - 1 - k <= 5; k--) {
    const t = toks[k];
    if (!t.w) return -1;
    const wants = GOVERNING_VERBS.get(t.lower);
    if (wants) return wants === prep.lower ? k : -1;
  }
  return -1;
}

/** `said that`, `said Thursday that`: the cue ending at token `at` opens a reported clause. */
function reportsClause(toks: Token[], at: number): boolean {
  const t = toks[at];
  if (!t) return false;
  if (t.lower === 'that') return true;
  return WEEKDAYS.has(t.lower) && toks[at + 1]?.lower === 'that';
}

/** `U.S. President`: the period closing a dotted abbreviation, not a sentence end. */
function abbrevDot(toks: Token[], k: number): boolean {
  return toks[k].t === '.' && k > 0 && DOTTED_CAPS.test(toks[k - 1].t);
}

/**
 * The known person a sentence opens with (`Name praised ...`, `Singer Name lauded ...`): a
 * capitalized run from token `from`, titles allowed before it, followed by a lower-case word,
 * with no other known person named before `to`. Null otherwise.
 */
function sentenceSubject(toks: Token[], from: number, to: number, reg: Registry): PersonEntity | null {
  let e = from;
  while (e < to && (toks[e].w && toks[e].cap || (e > from && abbrevDot(toks, e))) && e - from < 6) e++;
  if (e === from || e >= to || !toks[e].w || !startsLower(toks[e].t)) return null;
  let person: PersonEntity | null = null;
  for (let a = from; a < e && !person; a++) person = reg.person(joinT(toks, a, e)) ?? reg.personByMention(joinT(toks, a, e));
  if (!person) return null;
  // Another person named between the subject and the participle: the subject is unclear.
  for (let k = e; k < to; k++) {
    if (!toks[k].w || !toks[k].cap) continue;
    const other = reg.personByMention(stripPossessive(toks[k].t));
    if (other && other !== person) return null;
  }
  return person;
}

/** Subject of the cue at token `c`, looking left within [lo, c). */
function subjectLeft(toks: Token[], c: number, lo: number, reg: Registry): { np: NP | null; person?: PersonEntity; org?: OrgEntity } {
  let j = c - 1;
  while (j >= lo && toks[j].w && CUE_FILLERS.has(toks[j].lower)) j--;
  if (j < lo) return { np: null };
  if (toks[j].t === ',') {
    // Appositive between subject and verb: prefer the leftmost known person followed by a comma.
    let person: PersonEntity | undefined;
    let org: OrgEntity | undefined;
    let np: NP | null = null;
    for (let k = j; k >= lo && j - k < MAX_SCAN; k--) {
      if (toks[k].t !== ',' || k === 0) continue;
      const cand = npLeft(toks, k - 1, lo);
      if (!cand) continue;
      if (cand.kind === 'name') {
        const p = reg.personByMention(cand.text);
        if (p) { person = p; np = cand; continue; }
        const o = reg.org(cand.text);
        if (o && !person) { org = o; np = cand; }
      } else if (cand.kind === 'source' && !person) np = cand;
    }
    if (person) return { np, person };
    if (org) return { np, org };
    if (!np) {
      // `an SDF commander, who asked not to be named, told`: the subject before the relative clause.
      for (let k = j - 1; k >= lo && j - k < 16; k--) {
        if (toks[k].t !== ',') continue;
        if (toks[k + 1]?.lower !== 'who') break;
        const cand = npLeft(toks, k - 1, lo);
        if (cand && (cand.kind === 'role' || cand.kind === 'source') && cand.det !== null && cand.det !== 'the') return { np: cand };
        break;
      }
    }
    return { np };
  }
  const np = npLeft(toks, j, lo);
  // `Colonel Name a coalition spokesman told`: a flattened row lost the commas of the apposition.
  if (np && np.kind === 'role' && (np.det === 'a' || np.det === 'an') && np.start > lo) {
    const name = npLeft(toks, np.start - 1, lo);
    const person = name && name.kind === 'name' ? reg.personByMention(name.text) : null;
    if (person) return { np: name, person };
  }
  if (np && np.kind !== 'orgnoun' && !(np.kind === 'name' && (PLACES.has(np.text) || NATIONALITIES.has(np.text)))) return { np };
  if (np && np.kind === 'orgnoun') return { np: sourceLeft(toks, c, lo) ?? np };
  const src = sourceLeft(toks, c, lo);
  return { np: src };
}

/** Noun phrase starting at token `i`, read rightwards (after a cue: `said Lenz`, `says the analyst`). */
function npRight(toks: Token[], i: number, hi: number): NP | null {
  const t = toks[i];
  if (!t || i >= hi || !t.w) return null;
  const lower = t.lower;
  if (PRONOUNS.has(lower)) return { kind: 'pronoun', text: t.t, det: null, head: lower, start: i };
  if (isDet(t.t)) {
    for (let k = i + 1; k < Math.min(hi, i + 6); k++) {
      const w = toks[k].lower;
      if (!toks[k].w) return null;
      if (startsLower(toks[k].t) && (ROLE_NOUNS.has(w) || SOURCE_NOUNS.has(w) || ORG_NOUNS.has(w) || MEDIA_NOUNS.has(w))) {
        const kind = SOURCE_NOUNS.has(w) ? 'source' : ROLE_NOUNS.has(w) ? 'role' : 'orgnoun';
        // Multi-word role: `the field marshal`.
        return { kind, text: joinT(toks, i, k + 1), det: t.lower, head: w, start: i };
      }
    }
    return null;
  }
  if (HONORIFICS.has(t.t) && toks[i + 1] && toks[i + 1].w && toks[i + 1].cap) return npRight(toks, i + 1, hi);
  if (t.cap && !FUNCTION_WORDS.has(t.t)) {
    let k = i;
    while (k + 1 < hi && toks[k + 1].w && toks[k + 1].cap && k - i < 5 && !isPossessive(toks[k].t)) k++;
    let n0 = i;
    while (n0 < k && (TITLES.has(toks[n0].t) || NATIONALITIES.has(toks[n0].t) || HONORIFICS.has(toks[n0].t) || capitalRole(toks, n0, k + 1))) n0++;
    for (let x = k - 1; x >= n0; x--) if (TITLE_HEADS.has(toks[x].t) || (OFFICE_COMPLEMENTS.has(toks[x].t) || ORG_HEADS.has(toks[x].t)) && k - x >= 2) { n0 = x + 1; break; }
    return { kind: 'name', text: stripPossessive(joinT(toks, n0, k + 1)), det: null, head: toks[k].t, start: i };
  }
  return null;
}

/**
 * Where a quotation that lost its closing mark ends: the comma or dash before the first clear
 * attribution after its opening token `from` (`, the minister told`, `, said Name`,
 * ` — Name said`), as a normalized offset, or -1.
 */
function unclosedEnd(toks: Token[], from: number, reg: Registry): number {
  for (let k = from + 2; k < toks.length && k - from < 120; k++) {
    const t = toks[k].t;
    if (t !== ',' && t !== '—' && t !== '–') continue;
    const c0 = cueAt(toks, k + 1);
    if (c0) {
      const np = npRight(toks, c0.end, Math.min(toks.length, c0.end + 6));
      if (np && np.kind !== 'orgnoun') return toks[k].s;
      continue;
    }
    for (let j = k + 2; j < Math.min(toks.length, k + 10); j++) {
      if (!toks[j].w) break;
      if (!cueAt(toks, j)) continue;
      const subj = subjectLeft(toks, j, k + 1, reg);
      const np = subj.np;
      if (!np) break;
      // `, the union leader Name told`: a role may stand before the name.
      const gap = np.start - (k + 1);
      const roleBefore = np.kind === 'name' && gap <= 4 && toks.slice(k + 1, np.start).every((x) => x.w && startsLower(x.t));
      if ((np.start === k + 1 || roleBefore) && (np.kind === 'pronoun' || np.kind === 'name' || (np.kind === 'role' && np.det === 'the') || np.kind === 'source')) return toks[k].s;
      break;
    }
  }
  return -1;
}

/** `— Name (@handle) January 5, 2018`, `pic.twitter.com/x— Outlet (@handle)`: an embedded tweet's signature. */
const TWEET_SIGNATURE = /^ ?(?:pic\.twitter\.com\/\w+ ?)?[—–-] ?[^()—–]{1,60} \(@\w{1,30}\)(?: \p{L}+ \d{1,2}, \d{4})?[ .]*$/u;

/**
 * Where an embedded tweet's signature starts at or after normalized offset `from` when the
 * paragraph ends with one (`"..." pic.twitter.com/x— Name (@handle) Date`), else -1. Only the
 * paragraph's last 160 characters are looked at.
 */
export function tweetSignatureAt(text: string, from: number): number {
  const end = text.length;
  if (end - from > 400 || !text.endsWith(')') && !/\d{4}[ .]*$/.test(text.slice(Math.max(from, end - 12)))) return -1;
  for (let k = Math.max(from, end - 160); k < end; k++) {
    const c = text[k];
    if (c !== '—' && c !== '–' && c !== '-' && c !== 'p') continue;
    if (c === 'p' && !text.startsWith('pic.twitter.com/', k)) continue;
    if (TWEET_SIGNATURE.test(text.slice(k))) return k;
  }
  return -1;
}

/** Share of the words of `inner` that are capitalized. */
function capShare(inner: string): number {
  const ws = inner.split(' ').filter(Boolean);
  return ws.length ? ws.filter(startsUpper).length / ws.length : 0;
}

/**
 * Whether nothing but punctuation follows offset `close` to the paragraph's end, an embedded
 * tweet's signature aside. Stops at the first other character.
 */
function endsParagraph(text: string, close: number): boolean {
  let k = close;
  while (k < text.length && /[\s.,!?…"“”']/.test(text[k])) k++;
  if (k >= text.length) return true;
  return tweetSignatureAt(text, k) === k;
}

/**
 * `"..." - @GivenSurname on ...`: the known person whose name, run together, opens the handle
 * right after a quotation (`@DaliaVargaChess` for Dalia Varga), or null.
 */
function handleAfter(text: string, from: number, reg: Registry): PersonEntity | null {
  const m = /^ ?[—–-] ?@(\w{2,30})/.exec(text.slice(from, from + 40));
  if (!m) return null;
  const handle = m[1].toLowerCase();
  let found: PersonEntity | null = null;
  for (const p of reg.people) {
    // The name run together, from its given name on (`@DaliaVarga...`), titles and initials left out.
    const words = p.name.split(' ').filter((w) => !TITLES.has(w) && !HONORIFICS.has(w) && !INITIAL.test(w));
    const joined = words.slice(-2).join('').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (words.length < 2 || joined.length < 5 || !handle.startsWith(joined)) continue;
    if (found && found !== p) return null;
    found = p;
  }
  return found;
}

/**
 * Who answers under label `ans.label`: a known person (`Orlov`), a new one named in full
 * (`Dmitri Orlov`), or for `A:` the only person the page names. Otherwise nobody.
 */
function interviewee(ans: Answer, reg: Registry): { person: PersonEntity } | null {
  if (isAnswerLabel(ans.label)) return reg.people.length === 1 ? { person: reg.people[0] } : null;
  const known = reg.personByMention(ans.label);
  if (known) return { person: known };
  const words = ans.label.split(' ');
  if (words.length < 2 || reg.org(ans.label)) return null;
  if (words.some((w) => PLACES.has(w) || NATIONALITIES.has(w) || FUNCTION_WORDS.has(w) || TITLES.has(w) || MEDIA_NOUNS.has(w.toLowerCase()))) return null;
  return { person: reg.addPerson(ans.label, orderKey(ans.para.idx, 0)) };
}

/** Index of the first token starting at or after character offset `off`. */
function tokAt(toks: Token[], off: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid].s < off) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The sentence of `para` holding character offset `off` (the whole paragraph when none does). */
function sentOf(para: Para, off: number): [number, number] {
  const ss = para.sents;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (off < ss[mid][0]) hi = mid - 1;
    else if (off >= ss[mid][1]) lo = mid + 1;
    else return ss[mid];
  }
  return [0, para.norm.text.length];
}

/** Index in `para.sents` of the sentence starting at `start`, or -1. */
function sentIndex(para: Para, start: number): number {
  const ss = para.sents;
  let lo = 0;
  let hi = ss.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ss[mid][0] < start) lo = mid + 1; else hi = mid; }
  return lo < ss.length && ss[lo][0] === start ? lo : -1;
}

/*
 * Helpers of `attribute` that need no state of its own: module functions rather than closures
 * made (and named) on every reading.
 */

const paraOf = (order: number) => Math.floor(order / orderKey(1, 0));

/** Whether order key `m` lies outside quotations: a name inside one is the speaker's word, not a new person in the narrative. */
function narrated(paraByIdx: Map<number, Para>, m: number): boolean {
  const p = paraByIdx.get(paraOf(m));
  return !p || !inQuote(p, m - orderKey(p.idx, 0));
}

/** Order key of the end of the sentence holding order key `at`. */
function sentenceEnd(paraByIdx: Map<number, Para>, at: number): number {
  const p = paraByIdx.get(paraOf(at));
  if (!p) return at;
  const off = at - orderKey(p.idx, 0);
  let lo = 0;
  let hi = p.sents.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (p.sents[mid][1] <= off) lo = mid + 1; else hi = mid; }
  return lo < p.sents.length ? orderKey(p.idx, p.sents[lo][1]) : at;
}

/** `Anneli thinks`: a lone given name stands for the one person named before with it. */
function byGivenName(reg: Registry, word: string, at: number): PersonEntity | null {
  if (word.includes(' ') || TITLES.has(word) || HONORIFICS.has(word)) return null;
  let found: PersonEntity | null = null;
  for (const p of reg.people) {
    const words = p.name.split(' ');
    if (words.length < 2 || words[0] !== word || p.order > at) continue;
    if (found) return null;
    found = p;
  }
  return found;
}

function noteAlias(reg: Registry, p: PersonEntity, np: NP | null): void {
  if (!np) return;
  if (np.kind === 'name' && np.text.toLowerCase() !== p.name.toLowerCase()) reg.addPersonAlias(p, np.text);
  if (np.kind === 'pronoun' || np.kind === 'role') reg.addPersonDescription(p, np.text);
}

function lastMention(p: PersonEntity, at: number): number {
  let best = p.order;
  for (const m of p.mentions) if (m <= at && m > best) best = m;
  return best;
}

export function attribute(paras: Para[], reg: Registry, indirect: boolean): FoundQuote[] {
  const out: FoundQuote[] = [];
  const st: State = { lastPerson: null, lastAnon: null, lastOrg: null, personPara: -1, personAt: -1, otherAt: -1, askedAbout: null };
  let chainId = 0;
  let pendingChain = -1;

  const resolve = (np: NP | null, at: number, person?: PersonEntity, org?: OrgEntity): SpeakerRef | null => {
    const ref = resolveRef(np, at, person, org);
    if (ref && 'person' in ref) { st.personPara = paraOf(at); st.personAt = at; }
    else if (ref) st.otherAt = at;
    return ref;
  };
  const resolveRef = (np: NP | null, at: number, person?: PersonEntity, org?: OrgEntity): SpeakerRef | null => {
    if (person) { noteAlias(reg, person, np); st.lastPerson = person; return { person }; }
    if (org) { st.lastOrg = org; return { org }; }
    if (!np) return null;
    switch (np.kind) {
      case 'pronoun': {
        // "he" is the last speaker only if nobody else was named since: a wrong speaker is worse than none.
        if (!st.lastPerson) {
          // No speaker yet (`Name believes ... He also says "..."`): the person named last, when
          // named in this paragraph or the one before and no unnamed source or organization spoke
          // since that mention.
          const p = latestMentioned(at);
          if (!p || paraOf(lastMention(p, at)) < paraOf(at) - 1 || st.otherAt >= lastMention(p, at)) return null;
          reg.addPersonDescription(p, np.text);
          st.lastPerson = p;
          return { person: p };
        }
        // `Name said Other will ... . "...," he said`: someone named only inside the speaker's own
        // reported clause does not take the pronoun from the speaker.
        if (latestMentioned(at) !== st.lastPerson && !namedOnlyInClause(st.lastPerson, st.personAt, at)) return null;
        reg.addPersonDescription(st.lastPerson, np.text);
        return { person: st.lastPerson };
      }
      case 'source': {
        if (np.det === 'the' && st.lastAnon && np.text.split(' ').length <= 3) return { anon: st.lastAnon };
        st.lastAnon = np.text;
        return { anon: np.text };
      }
      case 'role': {
        if (np.det && np.det !== 'the') {
          // `a senior official said`, `an army commander told`, `the minister's spokesman said`:
          // someone described, not named; never the person the description mentions.
          if (np.det === 'a' || np.det === 'an' || np.det === 'poss') { st.lastAnon = np.text; return { anon: np.text }; }
          return null;
        }
        let best: PersonEntity | null = null;
        // `the Qatari foreign minister`: every qualifier must be in the person's role too.
        // A nationality must not contradict the role (`Saudi Foreign Minister`); other qualifiers must be in it.
        const quals = np.text.split(' ').filter((w) => w.toLowerCase() !== np.det && w.toLowerCase() !== np.head);
        const fits = (p: PersonEntity, strict: boolean) => {
          const roleWords = p.role ? p.role.split(/[\s,]+/) : [];
          const role = ` ${roleWords.join(' ').toLowerCase()} `;
          const nats = roleWords.filter((w) => NATIONALITIES.has(w));
          for (const q of quals) {
            if (NATIONALITIES.has(q) || NATIONALITIES.has(q[0].toUpperCase() + q.slice(1))) {
              if (nats.length > 0 && !nats.some((w) => w.toLowerCase() === q.toLowerCase())) return false;
            } else if (strict && !role.includes(` ${q.toLowerCase()} `)) return false;
          }
          return true;
        };
        const headWord = new RegExp(`\\b${np.head}\\b`, 'i');
        for (const p of reg.people) {
          if (p.role && headWord.test(p.role) && p.order <= at && fits(p, true)) {
            if (!best || lastMention(p, at) > lastMention(best, at)) best = p;
          }
        }
        if (!best && GENERIC_ROLE_NOUNS.has(np.head) && st.lastPerson && latestMentioned(at) === st.lastPerson && fits(st.lastPerson, false)) best = st.lastPerson;
        if (!best) return null;
        reg.addPersonDescription(best, np.text);
        st.lastPerson = best;
        return { person: best };
      }
      case 'orgnoun': {
        let best: OrgEntity | null = null;
        let bestAt = -1;
        for (const o of reg.liveOrgs()) {
          const names = [...o.names.keys()].join(' ');
          const fits = names.includes(np.head) || (MEDIA_NOUNS.has(np.head) && o.kind === 'media' && !(o.agency && np.head !== 'agency'));
          if (!fits) continue;
          for (const m of o.mentions) if (m <= at && m > bestAt) { bestAt = m; best = o; }
        }
        if (!best) return null;
        st.lastOrg = best;
        return { org: best };
      }
      case 'name': {
        const p = reg.personByMention(np.text) ?? byGivenName(reg, np.text, at);
        if (p) { noteAlias(reg, p, np); st.lastPerson = p; return { person: p }; }
        const o = reg.org(np.text);
        if (o) { st.lastOrg = o; return { org: o }; }
        if (np.orgText) {
          // `the Foreign Ministry said`: an organization by its head word.
          const org = reg.org(np.orgText) ?? reg.addOrg(np.orgText, 2, ORG_HEADS.get(np.head) ?? 'other', 1, at);
          st.lastOrg = org;
          return { org };
        }
        const words = np.text.split(' ');
        if (words.length >= 2 && words.length <= 4 && !words.some((w) => PLACES.has(w) || NATIONALITIES.has(w) || FUNCTION_WORDS.has(w)) &&
          !(words.length === 2 && (EDITIONS.has(words[1]) || words[0] === 'Al' || words[0] === 'El'))) {
          const np2 = reg.addPerson(np.text, at);
          st.lastPerson = np2;
          return { person: np2 };
        }
        return null;
      }
    }
  };
  // Every mention of the people known before attribution, in text order, built on first use;
  // people added while attributing (named right at a cue) are few and scanned directly.
  let mentionOrder: Array<[number, PersonEntity]> | null = null;
  let mentionPeople = 0;
  /** The person named last at or before order key `at`. */
  const latestMentioned = (at: number): PersonEntity | null => {
    if (!mentionOrder) {
      mentionOrder = [];
      mentionPeople = reg.people.length;
      for (const p of reg.people) {
        if (narrated(paraByIdx, p.order)) mentionOrder.push([p.order, p]);
        for (const m of p.mentions) if (narrated(paraByIdx, m)) mentionOrder.push([m, p]);
      }
      mentionOrder.sort((x, y) => x[0] - y[0] || x[1].id - y[1].id);
    }
    let lo = 0;
    let hi = mentionOrder.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (mentionOrder[mid][0] <= at) lo = mid + 1; else hi = mid; }
    let best = lo > 0 ? mentionOrder[lo - 1][1] : null;
    let bestAt = lo > 0 ? mentionOrder[lo - 1][0] : -1;
    for (let i = mentionPeople; i < reg.people.length; i++) {
      const p = reg.people[i];
      for (const m of [p.order, ...p.mentions]) if (m <= at && m > bestAt) { bestAt = m; best = p; }
    }
    return best;
  };
  const paraByIdx = new Map<number, Para>();
  /** Position of a paragraph (by `idx`) among the paragraphs. */
  const paraPos = new Map<number, number>();
  for (let i = 0; i < paras.length; i++) { paraByIdx.set(paras[i].idx, paras[i]); paraPos.set(paras[i].idx, i); }
  /**
   * Whether every person other than `speaker` named between the cue at `cueAt` (where `speaker`
   * was resolved) and `at` is named after the cue in the cue's own sentence, in the paragraph
   * before `at` or in its own. Looks at the last 50 mentions only.
   */
  const namedOnlyInClause = (speaker: PersonEntity, cueAt: number, at: number): boolean => {
    if (cueAt < 0 || (paraPos.get(paraOf(at)) ?? 0) - (paraPos.get(paraOf(cueAt)) ?? 0) > 1) return false;
    latestMentioned(at); // builds mentionOrder
    const list = mentionOrder!;
    const end = sentenceEnd(paraByIdx, cueAt);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid][0] <= at) lo = mid + 1; else hi = mid; }
    for (let i = lo - 1, seen = 0; i >= 0 && list[i][0] > cueAt; i--, seen++) {
      if (seen >= 50) return false;
      if (list[i][1] !== speaker && list[i][0] > end) return false;
    }
    for (let i = mentionPeople; i < reg.people.length; i++) {
      const p = reg.people[i];
      if (p !== speaker && p.mentions.some((m) => m > end && m <= at)) return false;
    }
    return true;
  };
  /**
   * The person a sentence [from, to) is about: its subject, after an opening connective
   * (`However, he ...`), as a pronoun that resolves (`he`, `he's`) or a known person's name
   * followed by a lower-case verb with no other known person named before `to`.
   */
  const aboutPerson = (toks: Token[], from: number, to: number, at: number): SpeakerRef | null => {
    let i = from;
    while (i < to && i - from < 3 && (CLAUSE_OPENERS.has(toks[i].lower) || toks[i].t === ',')) i++;
    const t = toks[i];
    if (!t || i >= to || !t.w) return null;
    const pron = stripPossessive(t.lower);
    if (PRONOUNS.has(pron)) {
      const next = toks[i + 1];
      if (!next || !next.w || !startsLower(next.t)) return null;
      return resolve({ kind: 'pronoun', text: stripPossessive(t.t), det: null, head: pron, start: i }, at);
    }
    const p = sentenceSubject(toks, i, to, reg);
    return p ? resolve(null, at, p) : null;
  };

  let prevBodyIdx = -1;
  let lastBody: Para | null = null;
  for (const p of paras) if (p.kind === 'lead' || p.kind === 'paragraph') lastBody = p;
  const answers = new Map<Para, Answer>();
  for (const ans of findAnswers(paras)) answers.set(ans.para, ans);

  for (let pi = 0; pi < paras.length; pi++) {
    const para = paras[pi];
    if (para.kind !== 'lead' && para.kind !== 'paragraph') continue;
    const prevBody = prevBodyIdx;
    prevBodyIdx = para.idx;
    const ans = answers.get(para);
    if (ans) {
      // An answer without quotation marks is the interviewee's own text, not a quotation (the
      // dev set's convention); it names the interviewee and makes them the speaker in context.
      // Quotation marks inside it are the interviewee's too.
      const speaker = interviewee(ans, reg);
      if (speaker) { st.lastPerson = speaker.person; st.personPara = para.idx; }
      pendingChain = -1;
      continue;
    }
    const toks = para.tokens;
    const text = para.norm.text;
    const n = text.length;
    const spans = (para.scan?.spans ?? []).filter((s) => s.depth === 0 && !s.single || s.depth === 0 && s.single && s.close >= 0);
    let prevSpeaker: SpeakerRef | null = null;
    let prevCue: string | null = null;
    /** Whether the span before this one (`prevClose`) was kept as a quote. */
    let prevKept = false;
    /** The last quote of this paragraph when its attribution followed it, with the words that named the speaker. */
    let prevAfter: { found: FoundQuote; close: number; words: Set<string> } | null = null;
    let prevClose = -1;
    let prevSent: [number, number] | null = null;
    const quotedSents = new Set<number>();

    // A quotation still open when the paragraph ends lost its closing mark when a clear
    // attribution follows inside it (`..., he said`, `... — Name said`): it ends there. Without
    // one it runs to the paragraph's end (or on into the next, as multi-paragraph quotes do).
    for (let si = 0; si < spans.length; si++) {
      const sp = spans[si];
      let close = sp.close < 0 ? sp.cut ?? n : sp.close;
      let attributionCut = false;
      if (sp.close < 0 && sp.cut === undefined && si === spans.length - 1) {
        const at = unclosedEnd(toks, tokAt(toks, sp.open + 1), reg);
        if (at > sp.open) { close = at; attributionCut = true; }
      }
      let a = sp.open + 1;
      let b = close;
      while (a < b && text[a] === ' ') a++;
      while (b > a && text[b - 1] === ' ') b--;
      if (b > a && text[b - 1] === ',') b--;
      while (b > a && text[b - 1] === ' ') b--;
      if (b <= a) continue;
      const inner = text.slice(a, b);
      const words = wordCount(inner);
      const sent = sentOf(para, sp.open);
      const sentEnd = sentOf(para, Math.max(sp.open, close - 1))[1];
      const sameSentAsPrev = prevSent !== null && prevSent[0] === sent[0];
      const segStart = sameSentAsPrev ? prevClose + 1 : sent[0];
      const nextOpen = si + 1 < spans.length ? spans[si + 1].open : n;
      const afterEnd = Math.min(Math.max(sentEnd, close + 1), nextOpen);
      const tOpen = tokAt(toks, sp.open);
      const tAfter = tokAt(toks, close + 1);
      const tAfterEnd = tokAt(toks, afterEnd);
      const tSeg = tokAt(toks, segStart);

      const beforeText = text.slice(segStart, sp.open).trim();
      const prevWord = tOpen > 0 ? toks[tOpen - 1].lower : '';
      const chained = pendingChain >= 0 && sp.open === 0 && sp.openMark !== '\'';

      // `'Quoted Words' - Source Tells Outlet`: a title-cased line (another article's headline on
      // an index page) quotes that headline's words, not someone's speech in this article.
      if (titleLike(text) && !/[.!?…]['"’”]?$/.test(inner) && capShare(inner) >= 0.6) { prevClose = close; prevSent = sent; prevKept = false; continue; }

      // Terms and scare quotes.
      if (TERM_MARKERS.has(prevWord) && words <= 6) { prevClose = close; prevSent = sent; prevKept = false; continue; }

      // Attribution after the quote.
      let speaker: SpeakerRef | null = null;
      let cue: string | null = null;
      let after = false;
      let afterNp: NP | null = null;
      /** The attribution starts right after the closing mark (`"..." Name said`, `," according to`). */
      let afterAdjacent = false;
      {
        let i = tAfter;
        while (i < tAfterEnd && (toks[i].t === ',' || toks[i].t === '—' || toks[i].t === '–')) i++;
        const c0 = cueAt(toks, i);
        const byHandle = handleAfter(text, close + 1, reg);
        if (byHandle) {
          // `"..." - @GivenSurname on ...`: an embedded tweet quoted with its author's handle.
          speaker = resolve(null, orderKey(para.idx, close), byHandle);
          after = true;
        } else if (c0 && i < tAfterEnd) {
          // `," said Lenz` / `," according to the source`
          const np = npRight(toks, c0.end, tAfterEnd);
          if (np) { speaker = resolve(np, orderKey(para.idx, toks[i].s)); cue = c0.text; after = speaker !== null; afterNp = np; afterAdjacent = after; }
        } else {
          for (let k = i; k < Math.min(tAfterEnd, i + 14); k++) {
            const c = cueAt(toks, k);
            if (!c) {
              if (toks[k].t === '"' || toks[k].t === '“' || (toks[k].t === '.' && !abbrevDot(toks, k))) break;
              continue;
            }
            if (k === i) break;
            // `an official who asked not to be named told`: a relative clause, not the attribution.
            if (toks[k - 1].lower === 'who' || toks[k - 1].lower === 'which') continue;
            // `"..." including the group adding that`: a participle's subject is not the noun before it.
            if (isParticipleCue(toks[k].t)) break;
            const subj = subjectLeft(toks, k, i, reg);
            // `"..." starting from noon he said`: a short phrase (its commas lost) before the speaker.
            const gapOk = subj.np && (subj.np.kind === 'name' || subj.np.kind === 'pronoun') && subj.np.start - i <= 5 &&
              toks.slice(i, subj.np.start).every((x) => x.w && !CUES.has(x.t));
            if (subj.np && (subj.np.start === i || gapOk || subj.person || subj.org)) {
              speaker = resolve(subj.np, orderKey(para.idx, toks[k].s), subj.person, subj.org);
              if (speaker) { cue = c.text; after = true; afterNp = subj.np; afterAdjacent = subj.np.start === i; }
            }
            break;
          }
        }
      }
      // Attribution before the quote.
      let cueIdx = -1;
      // `dismissed as "baseless"`, `accused the lobby of "scaremongering"`: a verb outside the
      // quotation's clause governs it; its subject is the source.
      const gov = speaker ? -1 : governingVerb(toks, tOpen, tSeg);
      if (gov >= 0) {
        let k = gov;
        // `accused ... and described ... as "..."`: the second verb shares the first one's subject.
        if (k > tSeg && /^(?:and|but)$/.test(toks[k - 1].t)) {
          let first = -1;
          for (let j = k - 2; j >= tSeg && k - j <= 20; j--) if (GOVERNING_VERBS.get(toks[j].lower) || cueAt(toks, j)) { first = j; break; }
          if (first >= 0) k = first;
          else if (sameSentAsPrev && prevSpeaker) speaker = prevSpeaker;
        }
        if (!speaker) {
          const subj = subjectLeft(toks, k, tSeg, reg);
          if (subj.np || subj.person || subj.org) speaker = resolve(subj.np, orderKey(para.idx, toks[k].s), subj.person, subj.org);
        }
        if (speaker) { cue = toks[gov].lower; cueIdx = gov + 1; }
      }
      // The nearest reporting verb before the quote in its segment, whether or not its subject resolves.
      let cueSeen = -1;
      if (!speaker) {
        let nearCue: string | null = null;
        for (let k = tOpen - 1; k >= tSeg && tOpen - k <= MAX_SCAN; k--) {
          const c = cueAt(toks, k);
          if (!c || c.end > tOpen) continue;
          if (cueSeen < 0 && c.text !== 'according to') cueSeen = c.end;
          // `X said ..., but warned that "..."`: the second verb shares the first one's subject.
          if (nearCue === null && k > 0 && (toks[k - 1].t === 'but' || toks[k - 1].t === 'and') && !isParticipleCue(toks[k].t)) {
            nearCue = c.text;
            if (k - 1 <= tSeg && sameSentAsPrev && prevSpeaker) { speaker = prevSpeaker; cue = c.text; break; }
            continue;
          }
          if (c.text === 'according to') {
            const np = npRight(toks, c.end, tOpen);
            if (np) { speaker = resolve(np, orderKey(para.idx, toks[k].s)); cue = c.text; }
            break;
          }
          if (isParticipleCue(toks[k].t) || (k > tSeg && toks[k - 1].t === ',')) {
            const subj = subjectLeft(toks, k, tSeg, reg);
            if (subj.np || subj.person) speaker = resolve(subj.np, orderKey(para.idx, toks[k].s), subj.person, subj.org);
            if (!speaker && sameSentAsPrev && prevSpeaker) speaker = prevSpeaker;
            if (!speaker && isParticipleCue(toks[k].t)) {
              // `Name praised the crew, tweeting that ...`: the participle's subject is the sentence's.
              speaker = aboutPerson(toks, tokAt(toks, sent[0]), k, orderKey(para.idx, toks[k].s));
            }
            if (speaker) { cue = c.text; cueIdx = c.end; }
            break;
          }
          const subj = subjectLeft(toks, k, tSeg, reg);
          speaker = resolve(subj.np, orderKey(para.idx, toks[k].s), subj.person, subj.org);
          if (speaker) { cue = nearCue ?? c.text; if (nearCue === null) cueIdx = c.end; }
          break;
        }
        if (!speaker && nearCue !== null && sameSentAsPrev && prevSpeaker) { speaker = prevSpeaker; cue = nearCue; }
      }

      const short = words <= 3;
      const cueRightBefore = tOpen > 0 && (CUES.has(toks[tOpen - 1].t) || toks[tOpen - 1].t === ':' || (toks[tOpen - 1].t === 'that' && tOpen > 1 && CUES.has(toks[tOpen - 2].t)));
      // `told reporters that Washington "did not coordinate"`: the cue opens the same clause, a
      // few words before. Its subject need not resolve (`saying that it was running "a review"`):
      // the words are still reported speech, only their source is unknown.
      const clauseCue = cueIdx >= 0 ? cueIdx : cueSeen;
      let cueInClause = !after && clauseCue >= 0 && tOpen - clauseCue <= 10;
      for (let k = clauseCue; cueInClause && k < tOpen; k++) if (!toks[k].w) cueInClause = false;
      // `the army said Thursday that a strike ... killed "hundreds of people."`: a quotation inside
      // the clause a cue reports (`said that`) is reported speech however far it stands from the cue.
      if (!cueInClause && !after && clauseCue >= 0 && reportsClause(toks, clauseCue)) {
        cueInClause = true;
        for (let k = clauseCue; k < tOpen; k++) if (/^[“"”;:]$/.test(toks[k].t)) { cueInClause = false; break; }
        if (cueInClause && !cue) cue = toks[clauseCue - 1].lower;
      }
      // `conducting "an audit" into its "cracks"`: a span right after another kept partial quote of
      // the same clause, with only words between, shares its status and its source.
      const sameClauseAsPrev = sameSentAsPrev && prevKept && beforeText !== '' && tOpen - tokAt(toks, prevClose + 1) <= 6 &&
        toks.slice(tokAt(toks, prevClose + 1), tOpen).every((x) => x.w);
      // `"First," Name said. "Second."`: the next sentence's quotation continues the same speaker.
      const continues = (short || !speaker) && !chained && beforeText === '' && prevAfter !== null && prevSent !== null && prevSent[0] !== sent[0] &&
        continuesSpeaker(toks, tokAt(toks, prevAfter.close + 1), tOpen, tAfter, tAfterEnd, prevAfter.words, prevAfter.found, reg);
      if (short) {
        const endsLikeSpeech = /[,.!?…]$/.test(text.slice(a, close).trim());
        // `ended "before the rains," according to a source`, `caused "serious losses" Name said`:
        // the attribution right after a short span gives it a source.
        const afterSpan = after && afterAdjacent;
        // A short span with no cue in its clause is a scare quote.
        if (!((after && endsLikeSpeech && beforeText === '') || (continues && endsLikeSpeech) || afterSpan || cueRightBefore || cueInClause || sameClauseAsPrev)) { prevClose = close; prevSent = sent; prevKept = false; continue; }
        if (sameClauseAsPrev && !speaker) { speaker = prevSpeaker; cue = cue ?? prevCue; }
      }
      if (!speaker && !chained && beforeText !== '' && !cueRightBefore && !cueInClause && !sameClauseAsPrev) {
        // Mid-sentence span with no cue: a title or a term, not someone's words.
        if (capShare(inner) >= 0.6 || words <= 5) { prevClose = close; prevSent = sent; prevKept = false; continue; }
      }

      // A closed quotation that is the whole paragraph, right after a paragraph whose speaker is a
      // person named last, is that person's (`Name said that ... .` then `"..."`).
      // In the excerpt's last paragraph the attribution after it may be cut off (`"...," Na`).
      const endsPara = endsParagraph(text, close);
      const alone = !chained && a <= 1 && (endsPara ||
        para === lastBody && n - close < 40 && /^[\s,"“”']*[\p{L}-]+(?: [\p{L}-]+)?$/u.test(text.slice(close + 1)));
      // `Name asked if Other really ... .` then `"..."`: the answer is the person asked about's.
      if (!speaker && alone && st.askedAbout && st.askedAbout.para === prevBody) {
        speaker = { person: st.askedAbout.person };
        st.lastPerson = st.askedAbout.person;
        st.personPara = para.idx;
      }
      if (!speaker && alone && sp.close >= 0 && st.lastPerson &&
        st.personPara === prevBody && prevBody >= 0 && (latestMentioned(orderKey(para.idx, 0)) === st.lastPerson || namedOnlyInClause(st.lastPerson, st.personAt, orderKey(para.idx, 0)))) {
        speaker = { person: st.lastPerson };
      }

      // `says "First" "Second"`: a quotation right after a kept one, with only spaces between, is
      // the same speaker's.
      if (!speaker && !chained && prevKept && prevSpeaker && prevClose >= 0 && text.slice(prevClose + 1, sp.open).trim() === '') {
        speaker = prevSpeaker;
        cue = prevCue;
      }

      // `He has no sympathy for them. "..."`, `He signals that ...: "..."`: a quotation that ends
      // its paragraph right after a sentence (or a colon) whose subject is a person, with no
      // reporting verb, is that person's.
      if (!speaker && !chained && !cueInClause && endsPara && (beforeText === '' || beforeText.endsWith(':'))) {
        const si = sentIndex(para, sent[0]);
        const from = beforeText === '' ? (si > 0 ? para.sents[si - 1][0] : -1) : sent[0];
        if (from >= 0) speaker = aboutPerson(toks, tokAt(toks, from), tOpen, orderKey(para.idx, from));
      }

      // `"First," Name said. "Second."`: a quote opening the next sentence, with nothing but the
      // previous quote's own attribution between them and no attribution of its own, is the same speaker's.
      if (!speaker && continues && prevAfter) {
        speaker = prevAfter.found.speaker;
        cue = prevAfter.found.cue;
      }

      const kind: QuoteKind = beforeText === '' || beforeText.endsWith(':') ? 'direct' : 'partial';
      let chain = -1;
      if (chained) chain = pendingChain;
      if (sp.close < 0 && sp.cut === undefined && !attributionCut) {
        if (chain < 0) chain = chainId++;
        pendingChain = chain;
      } else if (chained) pendingChain = -1;
      const found: FoundQuote = { para, a, b, text: inner, kind, speaker, cue, chain };
      if (attributionCut) found.unclosed = true;
      if (sp.cut !== undefined) found.abandoned = true;
      if (sp.close < 0 && sp.cut === undefined && !attributionCut) found.openToEnd = true;
      // `"First part. "Second part," Name added.`: one speaker for both.
      const prev = out[out.length - 1];
      // `the strikes "hit A" in order to "serve B" Name added`: the attribution closing a sentence
      // covers its earlier partial quote too.
      const sharesAfter = prevKept && sameSentAsPrev && !!prev && prev.kind === 'partial';
      if (prev && prev.para === para && (prev.abandoned || sharesAfter) && !prev.speaker && after && speaker) { prev.speaker = speaker; prev.cue = cue; }
      out.push(found);
      prevAfter = after && speaker && afterNp ? { found, close, words: new Set(afterNp.text.split(/[\s-]+/)) } : null;
      quotedSents.add(sent[0]);
      prevSpeaker = speaker;
      prevCue = cue;
      prevKept = true;
      prevClose = close;
      prevSent = sent;
    }
    if (!(para.scan?.openAtEnd)) pendingChain = -1;

    // Reported speech without marks: keeps "he"/"the analyst" references and the last speaker
    // up to date, and becomes an `indirect` quote when asked for.
    for (const s of para.sents) {
      if (quotedSents.has(s[0])) continue;
      const t0 = tokAt(toks, s[0]);
      const t1 = tokAt(toks, s[1]);
      for (let k = t0 + 1; k < t1 && k - t0 < MAX_SCAN; k++) {
        const c = cueAt(toks, k);
        if (!c || c.text === 'according to') continue;
        if (inQuote(para, toks[k].s)) break;
        const nextTok = toks[c.end];
        const that = !!nextTok && nextTok.t === 'that';
        if (c.text === 'asked' && nextTok && (nextTok.t === 'if' || nextTok.t === 'whether')) {
          const about = npRight(toks, c.end + 1, t1);
          const p = about && about.kind === 'name' ? reg.personByMention(about.text) : null;
          if (p) st.askedAbout = { person: p, para: para.idx };
        }
        const subj = subjectLeft(toks, k, t0, reg);
        if (!subj.np && !subj.person) break;
        const sp = resolve(subj.np, orderKey(para.idx, toks[k].s), subj.person, subj.org);
        if (sp && indirect && that) {
          let a = nextTok.e + 1;
          let b = s[1];
          while (b > a && /[ .]/.test(text[b - 1])) b--;
          if (b > a) out.push({ para, a, b, text: text.slice(a, b), kind: 'indirect', speaker: sp, cue: c.text, chain: -1 });
        }
        break;
      }
    }
  }

  // Multi-paragraph quotes: the attribution usually comes with the last part, and the earlier
  // parts (opening mark repeated, closing only at the end) carry its speaker and cue.
  const byChain = new Map<number, { speaker: SpeakerRef; cue: string | null }>();
  for (const q of out) if (q.chain >= 0 && q.speaker) byChain.set(q.chain, { speaker: q.speaker, cue: q.cue });
  for (const q of out) {
    if (q.chain < 0) continue;
    const last = byChain.get(q.chain);
    if (!last) continue;
    if (!q.speaker) { q.speaker = last.speaker; q.cue = last.cue; q.kind = 'direct'; }
    else if (q.cue === null && sameSpeaker(q.speaker, last.speaker)) q.cue = last.cue;
  }
  // A quotation cut off by the end of the excerpt (still open when the last paragraph ends) whose
  // speaker cannot be told is not reported: its words and its source are both unknown.
  return out.filter((q) => !(q.openToEnd && !q.speaker && q.para === lastBody));
}

/**
 * Whether the tokens [from, to) between a quote and the next one hold nothing but the first
 * one's attribution (its single cue, the words naming its speaker, lowercase words like
 * `reporters`, a weekday, the outlet in `told Sputnik`), and the next quote's own sentence
 * [after, afterEnd) names no one.
 */
function continuesSpeaker(toks: Token[], from: number, to: number, after: number, afterEnd: number, words: Set<string>, prev: FoundQuote, reg: Registry): boolean {
  // `"Why now?" a reporter asked. "Because..."`: an answer is someone else's.
  if (!prev.speaker || !prev.cue || prev.cue === 'asked' || to - from > 16) return false;
  let cues = 0;
  let sentenceEnd = false;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (!t.w) {
      if (t.t === '.' || t.t === '!' || t.t === '?') sentenceEnd = true;
      else if (t.t !== ',' && t.t !== '—' && t.t !== '–' && t.t !== '-') return false;
      continue;
    }
    if (sentenceEnd) return false;
    const c = cueAt(toks, k);
    if (c) {
      cues++;
      k = c.end - 1;
      // `told Reuters`, `told the agency`: the outlet spoken to, not another speaker.
      if (c.text === 'told') {
        let e = c.end;
        while (e < to && toks[e].w && toks[e].cap && e - c.end < 4) e++;
        if (e > c.end && reg.org(joinT(toks, c.end, e))?.kind === 'media') k = e - 1;
      }
      continue;
    }
    if (!t.cap) continue;
    if (words.has(t.t) || words.has(stripPossessive(t.t)) || TITLES.has(t.t) || HONORIFICS.has(t.t) || NATIONALITIES.has(t.t) || WEEKDAYS.has(t.lower)) continue;
    return false;
  }
  if (cues !== 1 || !sentenceEnd) return false;
  // A cue after the second quote that found no speaker still means someone else may speak.
  for (let k = after; k < afterEnd; k++) if (cueAt(toks, k)) return false;
  return true;
}

function sameSpeaker(x: SpeakerRef, y: SpeakerRef): boolean {
  if ('person' in x) return 'person' in y && x.person === y.person;
  if ('org' in x) return 'org' in y && x.org === y.org;
  return 'anon' in y && x.anon === y.anon;
}
