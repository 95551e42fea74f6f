/**
 * Pages flattened to a single line (a capture that lost every newline): cut the line back
 * into the parts a page has, where the evidence is strong.
 *
 *   `Listen Live Get short URL <lead>. <caption> © AP Photo / Name <body>. <body>. <related>
 *    <tag>, <tag>, <tag>`
 *
 * Anchors first (chrome, photo credits, `Tags:`, datelines, a story line), then sentence ends
 * outside quotations (or, when the capture kept runs of spaces where the lines were, those
 * runs), then the head (section, story, headline) and the tail (related headlines, tag line).
 * Work is linear: one quote scan, one pass over sentence ends, anchored patterns of bounded length.
 */
import { ABBREVIATIONS, FUNCTION_WORDS, NATIONALITIES, ORG_HEADS, SECTIONS, TITLES } from '../lexicon';
import type { BlockType } from '../types';
import { normalize, toOriginal, type Normalized } from './normalize';
import { scanQuotes } from './quotes';
import { isUpper, startsLower, startsUpper } from './chars';
import { BARE_DATELINE, COUNTER_AFTER, rowAnchors, rowLinkCredit } from './rows';
import { DETERMINERS } from '../lexicon/rows';

export type FlatKind = BlockType | 'content' | 'tagsInline';

export interface FlatPiece {
  /** Original offsets, end exclusive. */
  start: number;
  end: number;
  kind: FlatKind;
}

/** Longest section names first, so `Middle East` wins over a shorter prefix. */
const SECTIONS_SORTED = [...SECTIONS].sort((a, b) => b.length - a.length);
const STORY_AT = /^(.{3,150}?) ?\((\d{1,6})\)(?= |$)/;
const DATELINE_AT = /\p{Lu}[\p{Lu}'’. -]{1,40}? ?\([^()]{2,40}\) ?[—–-]{1,2} /gu;
const DATELINE_START = /^\p{Lu}{2}[\p{Lu}'’. -]{0,40}? ?\([^()]{2,40}\) ?[—–-]{1,2} /u;
const startsWithDateline = (t: string) => DATELINE_START.test(t.slice(0, 80)) || BARE_DATELINE.test(t.slice(0, 80));
/** A credit glued to its caption in capitals: `in SyriaHİKMET DURGUN`. */
const GLUED_CAPS_CREDIT = /\p{Ll}(\p{Lu}[\p{Lu}'’.-]{1,30}(?: \p{Lu}[\p{Lu}'’.-]{0,30}){1,3})(?= |$)/gu;
const CREDIT_SUFFIX = /^, (?:File|Archive|Pool|Handout)(?!\p{Ll})/u;
const CREDIT_SUFFIX_IN = /, (?:File|Archive|Pool|Handout)(?!\p{Ll})/u;
/* Shapes tested inside the functions below (constants: see chars.ts). */
const SHORT_COUNTER_AFTER = /^ \d{1,7}(?= \p{Lu}| \d|$)/u;
const TWO_CAPS = /^\p{Lu}{2}/u;
const LOWER_CHAR = /\p{Ll}/u;
const ARTICLE_NAME = /^(?:al|el)-\p{Lu}/u;
const THREE_LETTERS_END = /\p{L}{3}$/u;
const LABEL_AT = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}: \S/u;
const CLOSERS = new Set(['"', '”', '’', '»', ')', ']', "'"]);

const isLower = (c: string | undefined) => !!c && c !== c.toUpperCase() && c === c.toLowerCase();
const isUp = (c: string | undefined) => !!c && isUpper(c.codePointAt(0)!);

interface Cut {
  /** End of the piece before the cut and start of the piece after it (normalized). */
  end: number;
  next: number;
}

/** Whether a squashed line of `length` characters read from `lines` lines looks flattened. */
export function looksFlat(textLength: number, nonBlankLines: number): boolean {
  return nonBlankLines <= 3 && textLength >= 150;
}

/**
 * Cut the flattened text [from, to) of `source` into pieces. `titleLike` is the headline test
 * of the block builder (passed in to keep the modules acyclic).
 */
export function splitFlat(source: string, from: number, to: number, titleLike: (t: string) => boolean): FlatPiece[] {
  const norm = normalize(source, from, to);
  const N = norm.text;
  const n = N.length;
  if (n === 0) return [];

  // Outermost quotations, closed or abandoned (an opening mark with no close before the next
  // quotation opens): sentence ends inside them are not cuts.
  const scan = scanQuotes(N);
  const spans: Array<[number, number]> = [];
  for (const sp of scan.spans) {
    if (sp.depth !== 0 || sp.single) continue;
    if (sp.close >= 0) spans.push([sp.open, sp.close]);
    else if (sp.cut !== undefined) spans.push([sp.open, sp.cut - 1]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  let sq = 0;
  /** Whether a piece may start at `p` (queried in increasing order). */
  const freeAt = (p: number): boolean => {
    while (sq < spans.length && spans[sq][1] < p) sq++;
    return !(sq < spans.length && spans[sq][0] < p && p <= spans[sq][1]);
  };

  const opens = new Set<number>();
  for (const sp of scan.spans) opens.add(sp.open);
  // `said "First. "Second" he added`: a quotation left open where the next opens. A flattened page
  // has no paragraphs for it to continue across, so the two stay together and the open one is reported.
  const abandonedAt = new Set<number>();
  for (const sp of scan.spans) if (sp.cut !== undefined) abandonedAt.add(sp.cut);

  // Runs of spaces where lines were (`Army.     In this`): paragraph ends, when they mark sentence ends.
  const runs = new Set(norm.runAt);

  // Sentence ends outside quotations: `. The`, `." The`, glued `.The`.
  const sentenceCuts: Cut[] = [];
  for (let i = 1; i < n; i++) {
    const c = N[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < n && CLOSERS.has(N[j]) && !opens.has(j)) j++;
    if (j >= n) break;
    let next: number;
    if (N[j] === ' ') {
      const d = N[j + 1];
      if (d === undefined || !(isUp(d) || /[\d"“‘'«(]/.test(d))) continue;
      next = j + 1;
    } else if (opens.has(j) && isUp(N[j + 1])) {
      next = j;
    } else if (isUp(N[j]) && isLower(N[j + 1]) && (isLower(N[i - 1]) || CLOSERS.has(N[i - 1]) || /\d/.test(N[i - 1]))) {
      next = j;
    } else continue;
    if (c === '.') {
      let k = i - 1;
      while (k >= 0 && /[\p{L}.]/u.test(N[k])) k--;
      const word = N.slice(k + 1, i);
      if (word.length === 1 && isUp(word)) continue;
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    if (!freeAt(next) || abandonedAt.has(next)) continue;
    sentenceCuts.push({ end: j, next });
  }
  sq = 0;
  // Interviews (`Name: answer. More answer. Sputnik: question?`): only a new label starts a paragraph.
  let labelled = 0;
  for (const c of sentenceCuts) if (LABEL_AT.test(N.slice(c.next, c.next + 60))) labelled++;
  if (labelled >= 3) {
    const keep = sentenceCuts.filter((c) => runs.has(c.end) || LABEL_AT.test(N.slice(c.next, c.next + 60)));
    sentenceCuts.length = 0;
    sentenceCuts.push(...keep);
  }
  let atRuns = 0;
  for (const c of sentenceCuts) if (runs.has(c.end)) atRuns++;
  const runMode = atRuns >= 2;

  // Anchors: pieces whose kind is known from their own words.
  const anchors: Array<{ a: number; b: number; kind: FlatKind }> = [];
  const addAnchor = (a: number, b: number, kind: FlatKind) => { if (b > a) anchors.push({ a, b, kind }); };
  const wordStart = (i: number) => i === 0 || N[i - 1] === ' ';
  for (const phrase of ['Listen Live', 'Get short URL']) {
    for (let i = N.indexOf(phrase); i >= 0; i = N.indexOf(phrase, i + 1)) {
      if (!wordStart(i)) continue;
      let b = i + phrase.length;
      // `Get short URL 11990 0 0 0`: the share count, then the counters (numbers before a capital).
      const num = COUNTER_AFTER.exec(N.slice(b, b + 12));
      if (num && phrase === 'Get short URL') b += num[0].length;
      addAnchor(i, b, 'chrome');
      let c = b;
      for (let guard = 0; guard < 7; guard++) {
        const m = SHORT_COUNTER_AFTER.exec(N.slice(c, c + 10));
        if (!m) break;
        c += m[0].length;
      }
      if (c > b) addAnchor(b + 1, c, 'counter');
    }
  }
  for (let i = N.indexOf('©'); i >= 0; i = N.indexOf('©', i + 1)) addAnchor(i, creditEnd(N, i), 'credit');
  GLUED_CAPS_CREDIT.lastIndex = 0;
  for (let m = GLUED_CAPS_CREDIT.exec(N); m; m = GLUED_CAPS_CREDIT.exec(N)) {
    if (m[1].replace(/[^\p{Lu}]/gu, '').length >= 6) addAnchor(m.index + 1, m.index + m[0].length, 'credit');
  }
  const tagsAt = N.lastIndexOf('Tags:');
  if (tagsAt >= 0 && wordStart(tagsAt)) addAnchor(tagsAt, n, 'tagsInline');
  for (const x of rowAnchors(N, sentenceCuts.map((c) => c.end))) addAnchor(x.a, x.b, x.kind);
  anchors.sort((x, y) => x.a - y.a || y.b - x.b);
  // Drop anchors that overlap an earlier one.
  const fixed: typeof anchors = [];
  for (const x of anchors) if (!fixed.length || x.a >= fixed[fixed.length - 1].b) fixed.push(x);

  // Datelines start a paragraph: `MOSCOW (Sputnik) — ...`.
  const forced = new Set<number>();
  DATELINE_AT.lastIndex = 0;
  for (let m = DATELINE_AT.exec(N); m; m = DATELINE_AT.exec(N)) {
    if (m.index > 0 && N[m.index - 1] === ' ' && TWO_CAPS.test(m[0])) forced.add(m.index);
  }
  // A row's dateline without its dash starts right after a sentence end.
  for (const c of sentenceCuts) if (BARE_DATELINE.test(N.slice(c.next, c.next + 80))) forced.add(c.next);

  // Text regions between anchors, each cut at sentence ends (or at runs in run mode).
  const pieces: Array<{ a: number; b: number; kind: FlatKind }> = [];
  const pushText = (a: number, b: number, kind: FlatKind = 'content') => {
    while (a < b && N[a] === ' ') a++;
    while (b > a && N[b - 1] === ' ') b--;
    if (b > a) pieces.push({ a, b, kind });
  };
  let ci = 0;
  const region = (a: number, b: number, beforeCredit: boolean) => {
    let start = a;
    let last: Cut | null = null;
    while (ci < sentenceCuts.length && sentenceCuts[ci].next <= a) ci++;
    for (; ci < sentenceCuts.length && sentenceCuts[ci].end < b; ci++) {
      const c = sentenceCuts[ci];
      last = c;
      if (runMode && !runs.has(c.end)) continue;
      pushText(start, c.end);
      start = c.next;
    }
    // The caption is the last sentence before its credit, even where no run marks it.
    if (beforeCredit && last && last.next > start && last.next < b) {
      pushText(start, last.end);
      start = last.next;
    }
    pushText(start, b);
  };
  let pos = 0;
  for (const x of fixed) {
    if (x.a > pos) region(pos, x.a, x.kind === 'credit');
    pushText(x.a, x.b, x.kind);
    pos = x.b;
  }
  if (pos < n) region(pos, n, false);

  // Run mode: runs that are not sentence ends still separate lines (`caption  © credit`, headlines).
  const split: Array<{ a: number; b: number; kind: FlatKind }> = [];
  for (const p of pieces) {
    let a = p.a;
    if (p.kind === 'content') {
      for (let i = p.a + 1; i < p.b - 1; i++) {
        if ((runMode && runs.has(i) && N[i] === ' ' && !isLower(N[i + 1]) && freeAtSlow(spans, i + 1)) || forced.has(i + 1)) {
          if (i > a) split.push({ a, b: i, kind: p.kind });
          a = i + 1;
        }
      }
    }
    split.push({ a, b: p.b, kind: p.kind });
  }

  classify(N, split, titleLike);

  const out: FlatPiece[] = [];
  for (const p of split) {
    let a = p.a;
    let b = p.b;
    while (a < b && N[a] === ' ') a++;
    while (b > a && N[b - 1] === ' ') b--;
    // A row's sentence-case headline keeps no full stop (`Mayor says bridge will reopen.`).
    if (p.kind === 'headline' && N[b - 1] === '.' && N[b - 2] !== '.' && LOWER_CHAR.test(N[b - 2] ?? '')) b--;
    if (b <= a) continue;
    const [s, e] = toOriginal(norm, a, b);
    out.push({ start: s, end: e, kind: p.kind });
  }
  return out;
}

function freeAtSlow(spans: Array<[number, number]>, p: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid][1] < p) lo = mid + 1; else hi = mid; }
  return !(lo < spans.length && spans[lo][0] < p && p <= spans[lo][1]);
}

/**
 * Where a credit starting at `©` (index `c`) ends: `© AFP 2018 / Name Surname, File`.
 * The photographer's name is the capitalized run after the slash; when the text goes on with a
 * capitalized sentence, the run's last word starts that sentence (`/ Oleg Ivanko Russian aircraft`).
 */
export function creditEnd(N: string, c: number): number {
  const n = N.length;
  let i = c + 1;
  const slash = N.slice(i, Math.min(n, i + 45)).indexOf('/');
  if (slash >= 0 && !/[.!?"“”]/.test(N.slice(i, i + slash))) i += slash + 1;
  else {
    const photo = /^ ?(?:Photo|Image|Screenshot)s? ?: ?/i.exec(N.slice(i, i + 20));
    if (photo) i += photo[0].length;
  }
  while (i < n && N[i] === ' ') i++;
  // `/ Press Office of the Northern Brigade, File`: the suffix ends it.
  const file = CREDIT_SUFFIX_IN.exec(N.slice(i, i + 100));
  if (file && !/[.!?"“”©]/.test(N.slice(i, i + file.index))) return i + file.index + file[0].length;
  // Capitalized words (particles allowed inside), at most four.
  const words: Array<[number, number]> = [];
  let stop: 'end' | 'function' | 'lower' | 'punct' | 'max' = 'end';
  let k = i;
  while (k < n) {
    if (words.length >= 4) { stop = 'max'; break; }
    let e = k;
    while (e < n && N[e] !== ' ') e++;
    const w = N.slice(k, e);
    const bare = w.replace(/[,;:]$/, '');
    if (!bare) { stop = 'punct'; break; }
    const particle = /^(?:al-|el-|bin|ibn|de|del|van|von|der|da|di|la|le)$/.test(bare) && words.length > 0;
    if (!isUp(bare[0]) && !ARTICLE_NAME.test(bare) && !particle) { stop = /^[\p{Ll}]/u.test(bare) ? 'lower' : 'punct'; break; }
    if (words.length > 0 && (FUNCTION_WORDS.has(bare) || NATIONALITIES.has(bare) || TITLES.has(bare))) { stop = 'function'; break; }
    // `/ Name Surname NATO, Europe, ...`: a third word before a comma starts a list, not the name.
    if (bare !== w && words.length >= 2 && w.endsWith(',')) { stop = 'lower'; words.push([k, k + bare.length]); break; }
    words.push([k, k + bare.length]);
    if (bare !== w) { stop = 'punct'; break; }
    k = e + 1;
  }
  let end: number;
  if (words.length === 0) end = i;
  else {
    let take = words.length;
    if (stop === 'lower') take = Math.max(1, take - 1);
    else if (stop === 'max') {
      // `/ Harbour Workers' Union Marta ...`: an organization's name runs to its head word.
      take = 2;
      for (let x = words.length - 1; x >= 2; x--) if (ORG_HEADS[N.slice(words[x][0], words[x][1])] !== undefined) { take = x + 1; break; }
    }
    end = words[take - 1][1];
  }
  const suffix = CREDIT_SUFFIX.exec(N.slice(end, end + 12));
  if (suffix) end += suffix[0].length;
  return Math.max(end, Math.min(n, c + 1));
}

const SMALL_TITLE_WORDS = /^(?:a|an|the|of|in|on|at|to|for|and|or|nor|but|by|with|from|as|vs\.?|via|per|into|over|after|off|up)$/;

/**
 * End of a headline glued to the sentence after it (`City Council Approves New Park The city
 * council approved ...`), or -1. The sentence starts one word before its first lower-case word
 * (`... Summit Sputnik spoke`), or at a capitalized function word or opening quotation mark just
 * before (`... Park The city`); a title there (`... President Vladimir Putin said`) leaves it unsure.
 */
function titlePrefix(t: string): number {
  const re = /\S+/g;
  const starts: number[] = [];
  const words: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) && words.length < 30) {
    const w = m[0];
    const bare = w.replace(/^['‘“"«(]+/, '');
    if (words.length === 0 && /^\d/.test(w)) return -1;
    if (/[.!?]$/.test(w) && words.length < 3) return -1;
    if (bare && startsLower(bare) && !SMALL_TITLE_WORDS.test(bare)) {
      const k = words.length;
      if (k < 4) return -1;
      let s = k - 1;
      while (s > 0 && SMALL_TITLE_WORDS.test(words[s])) s--;
      // `The Russian Defense Ministry said`: the sentence starts at its determiner.
      let explicit = false;
      for (let x = s; x >= Math.max(1, s - 3); x--) {
        if (DETERMINERS.has(words[x]) || /^['‘“"«]/.test(words[x])) { s = x; explicit = true; break; }
        if (!startsUpper(words[x])) break;
      }
      // `The Russian Air Force has ...` is one sentence: after a determiner, only an explicit start cuts.
      if (!explicit && DETERMINERS.has(words[0])) return -1;
      if (s < 3) return -1;
      const before = words[s - 1].replace(/[,:]$/, '');
      if (TITLES.has(before) || NATIONALITIES.has(before) || SMALL_TITLE_WORDS.test(before)) return -1;
      if (/[.!?,;]$/.test(words[s - 1])) return -1;
      return starts[s - 1] + words[s - 1].length;
    }
    starts.push(m.index);
    words.push(w);
  }
  return -1;
}

/**
 * Kinds of the pieces: section and story line at the start, the headline before the chrome,
 * the lead up to the caption, inline related titles after later credits, and the tail
 * (related headlines, the tag line).
 */
function classify(N: string, ps: Array<{ a: number; b: number; kind: FlatKind }>, titleLike: (t: string) => boolean): void {
  const text = (p: { a: number; b: number }) => N.slice(p.a, p.b);

  // Head: `Middle East Russia Versus ISIL in Syria (618) <caption> © ...`.
  const first = ps.findIndex((p) => p.kind === 'content');
  if (first >= 0) {
    const p = ps[first];
    const t = text(p);
    let at = 0;
    const sec = SECTIONS_SORTED.find((s) => t.startsWith(s + ' '));
    const story = STORY_AT.exec(t.slice(sec ? sec.length + 1 : 0, (sec ? sec.length + 1 : 0) + 170));
    const extra: Array<{ a: number; b: number; kind: FlatKind }> = [];
    if (sec && ((story && titleLike(story[1].trim() + 'x')) || titleLike(t.slice(sec.length + 1)))) {
      extra.push({ a: p.a, b: p.a + sec.length, kind: 'section' });
      at = sec.length + 1;
    }
    const st = STORY_AT.exec(t.slice(at, at + 170));
    if (st && titleLike(st[1].trim() + 'x') && (sec || first === 0)) {
      extra.push({ a: p.a + at, b: p.a + at + st[0].length, kind: 'story' });
      at += st[0].length + 1;
    }
    if (!extra.length && ps[first + 1]?.kind !== 'credit' && !ps.some((x) => x.kind === 'headline')) {
      // A headline glued to the lead: `City Council Approves New Park The city council approved ...`.
      const h = titlePrefix(t);
      if (h > 0 && titleLike(t.slice(0, h))) {
        extra.push({ a: p.a, b: p.a + h, kind: 'headline' });
        at = h + 1;
      }
    }
    if (extra.length) {
      const rest = { a: p.a + at, b: p.b, kind: 'content' as FlatKind };
      ps.splice(first, 1, ...extra, ...(rest.b > rest.a ? [rest] : []));
    }
  }

  // The headline: a title-like piece right before the chrome (`<headline> Get short URL`), or
  // glued to the lead right after a caption that opens the page (`<caption> © <credit> <headline> <lead>`).
  let headlineAt = ps.findIndex((p) => p.kind === 'headline');
  const c0 = ps.findIndex((p) => p.kind === 'content');
  if (headlineAt < 0 && c0 >= 0 && ps[c0 + 1]?.kind === 'credit' && ps[c0 + 2]?.kind === 'content' && ps[c0 + 3]?.kind !== 'chrome') {
    const p = ps[c0 + 2];
    const h = titlePrefix(text(p));
    if (h > 0 && titleLike(text(p).slice(0, h))) {
      ps.splice(c0 + 2, 1, { a: p.a, b: p.a + h, kind: 'headline' }, { a: p.a + h + 1, b: p.b, kind: 'content' });
      headlineAt = c0 + 2;
    }
  }
  if (headlineAt < 0) {
    for (let i = 0; i + 1 < ps.length; i++) {
      if (ps[i].kind !== 'content') continue;
      if (ps[i + 1].kind === 'chrome' && titleLike(text(ps[i]))) { ps[i].kind = 'headline'; headlineAt = i; }
      break;
    }
  }

  // The lead: the sentences before the first caption, when they come before any other text.
  const credit = ps.findIndex((p) => p.kind === 'credit');
  let leadFrom = -1;
  for (let i = 0; i < ps.length; i++) if (ps[i].kind === 'content') { leadFrom = i; break; }
  if (credit > 0 && leadFrom >= 0 && leadFrom < credit - 1) {
    let contiguous = true;
    for (let i = leadFrom; i < credit; i++) if (ps[i].kind !== 'content') contiguous = false;
    const len = ps[credit - 2].b - ps[leadFrom].a;
    if (contiguous && len <= 1500) {
      const title = headlineAt < 0 && leadFrom === credit - 2 && titleLike(text(ps[leadFrom]));
      const merged = { a: ps[leadFrom].a, b: ps[credit - 2].b, kind: (title ? 'headline' : 'lead') as FlatKind };
      ps.splice(leadFrom, credit - 1 - leadFrom, merged);
    }
  }

  // A row's lead: the text before its dateline (`<lead> MOSCOW (Sputnik) <body>`), when no caption marked one.
  const dateline = ps.findIndex((p) => p.kind === 'content' && startsWithDateline(N.slice(p.a, Math.min(p.b, p.a + 80))));
  if (dateline > 0 && !ps.some((p) => p.kind === 'lead')) {
    let from = dateline;
    while (from > 0 && ps[from - 1].kind === 'content') from--;
    const opened = ps.slice(0, from).every((p) => p.kind !== 'content' && p.kind !== 'credit' && p.kind !== 'caption');
    // `<Headline> MOSCOW (Sputnik) — ...`: a title before the dateline is the headline, not a lead.
    if (headlineAt < 0 && titleLike(text(ps[from]))) from++;
    if (from < dateline && opened && ps[dateline - 1].b - ps[from].a <= 1500) {
      ps.splice(from, dateline - from, { a: ps[from].a, b: ps[dateline - 1].b, kind: 'lead' });
    }
  }

  // Titles of inline links after later credits: `© AFP / Name <Title Of Other Story> The body ...`.
  let credits = 0;
  for (let i = 0; i < ps.length; i++) {
    if (ps[i].kind !== 'credit') continue;
    credits++;
    const p = ps[i + 1];
    if (credits < 2 || !p || p.kind !== 'content') continue;
    const h = titlePrefix(text(p));
    if (h > 0) ps.splice(i + 1, 1, { a: p.a, b: p.a + h, kind: 'content' }, { a: p.a + h + 1, b: p.b, kind: 'content' });
  }

  // A row's inline link to another story, its credit stripped of `©` and `/`:
  // `AFP Photo Name Surname <Title Of Other Story> "The body ...`.
  // One pass into a new list (splicing in place would be quadratic on a page of many links).
  const linked: typeof ps = [];
  for (const p of ps) {
    const m = p.kind === 'content' ? rowLinkCredit(N.slice(p.a, Math.min(p.b, p.a + 80))) : 0;
    const t = m ? N.slice(p.a + m, Math.min(p.b, p.a + m + 400)) : '';
    const h = m ? titlePrefix(t) : -1;
    if (h <= 0 || !headlineish(t.slice(0, h))) { linked.push(p); continue; }
    linked.push({ a: p.a, b: p.a + m - 1, kind: 'relatedCredit' }, { a: p.a + m, b: p.a + m + h, kind: 'related' });
    if (p.b > p.a + m + h + 1) linked.push({ a: p.a + m + h + 1, b: p.b, kind: 'content' });
  }
  ps.length = 0;
  for (const p of linked) ps.push(p);

  tail(N, ps, titleLike);
}

/** The tag line (`offensive, Kurds, The Syrian war, ...`) and the related headlines before it. */
function tail(N: string, ps: Array<{ a: number; b: number; kind: FlatKind }>, titleLike: (t: string) => boolean): void {
  let li = ps.length - 1;
  while (li >= 0 && ps[li].kind !== 'content' && ps[li].kind !== 'tagsInline') li--;
  if (li < 0) return;
  let tagStart = -1;
  const last = ps[li];
  if (last.kind === 'content') {
    // Walk back over `, item` groups.
    let end = last.b;
    let items = 0;
    let caps = 0;
    let longest = 0;
    const limit = Math.max(last.a, last.b - 2000);
    for (;;) {
      const comma = N.lastIndexOf(', ', end - 1);
      if (comma < limit) break;
      const item = N.slice(comma + 2, end);
      if (!okItem(item)) break;
      items++;
      if (isUp(item[0]) || /^\d/.test(item)) caps++;
      longest = Math.max(longest, item.split(' ').length);
      end = comma;
    }
    if (items >= 2) {
      const firstStart = firstTagStart(N, last.a, end);
      const first = N.slice(firstStart, end);
      if (first && okItem(first)) {
        items++;
        if (isUp(first[0])) caps++;
        if (caps / items >= 0.5 || longest <= 3) tagStart = firstStart;
      }
    }
    if (tagStart < 0) return;
    if (tagStart > last.a) {
      ps.splice(li, 1, { a: last.a, b: tagStart, kind: 'content' }, { a: tagStart, b: last.b, kind: 'tags' });
      li++;
    } else last.kind = 'tags';
  }
  // Related headlines: the title-case text between the last sentence and the tag line.
  const before = ps[li - 1];
  if (!before || before.kind !== 'content') return;
  const t = N.slice(before.a, before.b);
  if (/[.!?…]["”’»)]*$/.test(t) || !headlineish(t)) return;
  // Several headlines glued together: cut where one closes a quotation and the next opens one,
  // or where a lower-case letter runs into a capital.
  const cuts: number[] = [];
  for (let i = before.a + 1; i < before.b - 2; i++) {
    const c = N[i];
    if (c === ' ' && /['’”"]/.test(N[i - 1]) && /['‘“"]/.test(N[i + 1]) && isUp(N[i + 2])) cuts.push(i);
    else if (/[’”]/.test(c) && /['‘“"]/.test(N[i + 1]) && isUp(N[i + 2])) cuts.push(i + 1);
    else if (isLower(c) && isUp(N[i + 1]) && isLower(N[i + 2]) && THREE_LETTERS_END.test(N.slice(i - 3, i + 1))) cuts.push(i + 1);
  }
  const parts: Array<{ a: number; b: number; kind: FlatKind }> = [];
  let a = before.a;
  for (const c of cuts) { parts.push({ a, b: c, kind: 'related' }); a = N[c] === ' ' ? c + 1 : c; }
  parts.push({ a, b: before.b, kind: 'related' });
  if (parts.every((p) => headlineish(N.slice(p.a, p.b)) || titleLike(N.slice(p.a, p.b)))) ps.splice(li - 1, 1, ...parts);
}

function okItem(item: string): boolean {
  if (!item || item.length > 50 || /[.!?;"“”:]/.test(item)) return false;
  return item.split(' ').length <= 6;
}

/**
 * Where the first tag starts, given the text before the first comma of the list: after a
 * quotation mark or sentence end, else the trailing lower-case words (`... Harbour' strike`),
 * else the last word.
 */
function firstTagStart(N: string, from: number, end: number): number {
  let i = end;
  const words: number[] = [];
  while (i > from && words.length < 5) {
    let s = i;
    while (s > from && N[s - 1] !== ' ') s--;
    const w = N.slice(s, i);
    if (/['’”"»)\].!?:]$/.test(w) || /^['‘“"«(]/.test(w)) break;
    words.push(s);
    i = s - 1;
  }
  if (!words.length) return end;
  // `Harbour'strike`: a quotation mark glued to the first tag.
  const glued = /['’”"]([^'’”"]+)$/.exec(N.slice(words[0], end));
  if (glued) return end - glued[1].length;
  const hitMark = words.length < 5 && i > from;
  const lastWord = N.slice(words[0], end);
  if (!isUp(lastWord[0])) {
    // Trailing lower-case words.
    let k = 0;
    while (k + 1 < words.length && !isUp(N[words[k + 1]])) k++;
    return words[k];
  }
  if (hitMark && words.length <= 3) return words[words.length - 1];
  return words[0];
}

/** Title case, no final full stop: a headline or a run of them (no length limit). */
function headlineish(t: string): boolean {
  const words = t.split(' ');
  if (words.length < 3) return false;
  let content = 0;
  let caps = 0;
  for (const w of words) {
    const bare = w.replace(/^['‘“"«(]+/, '');
    if (!bare) continue;
    if (bare.length >= 4 || isUp(bare[0])) {
      content++;
      if (isUp(bare[0]) || /^\d/.test(bare)) caps++;
    }
  }
  return content > 0 && caps / content >= 0.6;
}

export type { Normalized };
