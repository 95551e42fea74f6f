/**
 * Lines to blocks: every non-blank line (or piece of a flattened line) gets a block type
 * (clock, chrome, headline, lead, caption, credit, paragraph, related, tags, ...).
 * Work is linear: each line is looked at a bounded number of times with anchored patterns.
 */
import type { Block, BlockType, Root } from '../types';
import { CHROME_PHRASES, SECTIONS } from '../lexicon';
import { Location } from './location';
import { hasWords, isSpace, isSquashSpace, squash } from './normalize';
import { isTimestamp, matchClock, matchDate, matchLabeledDate } from './dates';
import { FOLLOW_PLATFORMS, FOLLOW_VERBS, FOOTER_CALLS, HEADER_CHROME, SITE_NAMES } from '../lexicon/layout';
import * as chars from './chars';
import { looksFlat, splitFlat } from './flat';

/* Called per character: bound once (see chars.ts). */
const { isLetterOrDigit, isNumber, isUpper, width } = chars;

export interface Segment {
  start: number;
  end: number;
  /** Whitespace-squashed text of the segment. */
  text: string;
  /** Blank lines before this segment (0 when it follows directly). */
  gapBefore: number;
  kind: BlockType | 'content' | 'tagsInline';
  /** A date or clock value read from this segment. */
  iso?: string;
  modified?: string | null;
}

export interface Blocks {
  root: Root;
  segments: Segment[];
  capturedAt: string | null;
  datePublished: string | null;
  dateModified: string | null;
  /** A page of dated teasers of other articles (a section or topic index), not an article. */
  indexPage: boolean;
}

const CHROME_SORTED = [...CHROME_PHRASES, ...HEADER_CHROME].sort((a, b) => b.length - a.length);
/** The chrome phrases by their first character, longest first: a line is tried only against those it could start with. */
const CHROME_BY_FIRST = new Map<string, string[]>();
for (const p of CHROME_SORTED) CHROME_BY_FIRST.set(p[0], [...(CHROME_BY_FIRST.get(p[0]) ?? []), p]);
/** Chrome distinctive enough to be peeled off the start or end of a longer line. */
const PEELABLE_START = /^(?:Listen Live|Get short URL(?: ?\d+)?|\d+ \d+ \d+)(?=\s|[A-Z]|$)/;
const PEELABLE_END = /(?:Community standards ?Discussion|Community standards|Comment via (?:Facebook|Sputnik))$/;

/** True when the line is nothing but chrome phrases, counters and separators. */
export function isChrome(text: string): boolean {
  let s = text;
  let matched = 0;
  for (let guard = 0; guard < 20; guard++) {
    s = s.replace(/^[\s\d|•·:,/-]+/, '');
    if (s === '') break;
    let hit = false;
    for (const p of CHROME_BY_FIRST.get(s[0]) ?? []) {
      if (s.startsWith(p)) { s = s.slice(p.length); matched++; hit = true; break; }
    }
    if (!hit) break;
  }
  return matched > 0 && s.trim() === '';
}

/**
 * A line of a page's metadata as text extractors print it: a URL, an XPath, an e-mail
 * address, a phone number, a locale code (`en_EN`).
 */
const METADATA_LINE = /^(?:(?:https?:\/\/|www\.)\S+|\/(?:html|head|body)\/\S*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+\d{7,15}|[a-z]{2}_[A-Z]{2})$/;

export function isMetadataLine(t: string): boolean {
  if (t.length > 2000 || t.indexOf(' ') >= 0) return false;
  return METADATA_LINE.test(t);
}

/** Up to four capitalized words (a site's name). */
const SHORT_NAME = /^\p{Lu}[\p{L}.&'’]*(?: \p{Lu}[\p{L}.&'’]*){0,3}$/u;
/** `Sputnik International`, `- Sputnik International`, `- Sputnik International, 0730, 09.11.2021`. */
function isSiteName(t: string, pageHead: boolean): boolean {
  const m = /^(?:[-–—|] ?)?([^,]{2,40})(?:, [\d., ]{1,30})?$/.exec(t);
  if (!m) return false;
  if (SITE_NAMES.has(m[1])) return true;
  // In the page's first lines, any short capitalized name after a dash is the site's name
  // (`- Daily Courier`); further down it may be an item of a list.
  return pageHead && /^[-–—|]/.test(t) && SHORT_NAME.test(m[1]);
}

/** A promotional or footer line ending with its call (`... Send us a correction`). */
function isFooterCall(t: string): boolean {
  if (t.length > 400) return false;
  // The line's end without a closing `.` or `!`.
  const end = /[.!]$/.test(t) ? t.length - 1 : t.length;
  return FOOTER_CALLS.some((c) => t.endsWith(c, end));
}

/** The follow verbs with the space after them, longest first. */
const FOLLOW_SORTED = [...FOLLOW_VERBS].sort((a, b) => b.length - a.length).map((v) => v + ' ');

/** `Follow us on Telegram`, `Follow the site's live feed to find out more!`: a call to follow the site. */
function isFollowCall(t: string): boolean {
  if (t.length > 600) return false;
  const verb = FOLLOW_SORTED.find((v) => t.startsWith(v));
  if (!verb) return false;
  return FOLLOW_PLATFORMS.some((p) => t.includes(p));
}

const COUNTER = /^\d{1,7}(?: \d{1,7}){0,6}$/;
/** `Follow Sputnik on Telegram`, `Subscribe to our channel on YouTube`: calls to follow the site. */
const SOCIAL_CHROME = /^(?:Follow|Subscribe to|Join)(?: [\p{L}.]+){1,4} (?:on|in) (?:Telegram|Facebook|Twitter|VK|YouTube|Instagram|Google News|Viber|WhatsApp)[.!]?$/u;
/** A credit glued to its caption without `©`: `... in DohaSputnik/ Karim Jaafar`, `... CityAFP 2018 / Name`. */
const GLUED_SLASH_CREDIT = /\p{Ll}(\p{Lu}[\p{L}]+(?: Photo)?(?: \d{4})? ?\/ ?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3})$/u;
/** `© Agency / Given SurnameCaption starts here`: a caption glued after the photographer's name. */
const CAPTION_AFTER_CREDIT = /^(© ?[^/©]{1,60}\/ ?\p{Lu}[\p{Ll}'’.-]+(?: \p{Lu}[\p{Ll}'’.-]+){0,3})\p{Lu}\p{Ll}+(?: \S+){3}/u;
/** `( AGENCY/Given Surname/Agency )` or `(Photo: Agency)` closing a caption line. */
const BRACKETED_CREDIT = /\( ?(?:\p{Lu}[\p{Lu}.&'’-]+(?: \p{Lu}[\p{L}.&'’-]*){0,3} ?\/[^()]{2,80}|Photo(?: credit)?: [^()]{2,80}) ?\)$/u;
const STORY = /^(.{3,150}) ?\((\d{1,6})\)$/;
const TAGS_HEADER = /^Tags? ?: ?(.*)$/i;
const GLUED_CREDIT = /\p{Ll}(\p{Lu}[\p{Lu}'’.\-]+(?: \p{Lu}[\p{Lu}'’.\-]*){1,3})$/u;

/** Whether `text` can end the way GLUED_CREDIT needs (a capital, `'`, `’`, `.` or `-`): spares the regex a scan. */
function mayEndInCapitals(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if (c >= 128) return true;
  return (c >= 65 && c <= 90) || c === 39 || c === 46 || c === 45;
}

/** Words of four letters or more, and how many of them are capitalized: headlines are title case. */
export function titleLike(t: string): boolean {
  if (t.length < 8 || t.length > 250) return false;
  const last = t.charCodeAt(t.length - 1);
  if (last === 46 /* . */ && !t.endsWith('...')) return false;
  if (last === 44 || last === 59) return false;
  let words = 0;
  let content = 0;
  let caps = 0;
  // Words as `/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu` finds them, scanned by code point.
  const n = t.length;
  let i = 0;
  while (i < n) {
    const first = t.codePointAt(i)!;
    if (!isLetterOrDigit(first)) { i += width(first); continue; }
    const start = i;
    i += width(first);
    while (i < n) {
      const c = t.codePointAt(i)!;
      if (c === 39 || c === 0x2019 || c === 45 || isLetterOrDigit(c)) i += width(c);
      else break;
    }
    words++;
    if (words > 30) return false;
    const upper = isUpper(first);
    if (i - start >= 4 || upper) {
      content++;
      if (upper || isNumber(first)) caps++;
    }
  }
  if (words < 2 || content === 0) return false;
  return caps / content >= 0.6;
}

/** `offensive, Kurds, The Syrian war, ...`: a comma-separated list of short names. */
/**
 * A comma-separated tag line. Anywhere, most tags must be capitalized (a cut sentence is not a
 * tag line); as the last content line of the page (`atTail`), lower-case tags of a few words
 * each (`strike, port, labour`) are a tag line too.
 */
export function tagLike(t: string, atTail = false): string[] | null {
  if (t.length > 2000 || /[.!?;:"“”]$/.test(t)) return null;
  const items = t.split(/ ?, ?/);
  if (items.length < 3) return null;
  let caps = 0;
  let longest = 0;
  for (const it of items) {
    if (it.length === 0 || it.length > 50) return null;
    const words = it.split(' ').length;
    if (words > 6) return null;
    longest = Math.max(longest, words);
    if (/[.!?;"“”]/.test(it)) return null;
    if (/^[\p{Lu}\p{N}]/u.test(it)) caps++;
  }
  if (caps / items.length >= 0.5) return items;
  return atTail && longest <= 3 ? items : null;
}

function trimRange(text: string, a: number, b: number): [number, number] {
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return [a, b];
}

/** Split one line into segments: peel a page clock, a date, and distinctive chrome off long lines. */
function peel(text: string, a: number, b: number, out: Segment[], gap: number): void {
  // Whole-line cases are decided later; here only lines with something after the prefix.
  // A clock starts with a digit, peelable chrome with `L`, `G` or a digit: other lines skip both.
  let f = a;
  while (f < b && isSquashSpace(text.charCodeAt(f))) f++;
  const first = text.charCodeAt(f);
  if (first === 100 /* d */ && peelDatePrefix(text, f, b, out, gap)) return;
  if ((first >= 48 && first <= 57) || first === 76 || first === 71) peelStart(text, a, b, out, gap);
  else peelEnd(text, a, b, out, gap);
}

/** ` date 2018-03-12 Register`: a capture tool's date field printed before the page's first line. */
const DATE_PREFIX = /^date (\d{4}-\d{2}-\d{2})(?= |$)/;

function peelDatePrefix(text: string, a: number, b: number, out: Segment[], gap: number): boolean {
  const m = DATE_PREFIX.exec(text.slice(a, Math.min(b, a + 20)));
  const d = m ? matchDate(m[1]) : null;
  if (!m || !d) return false;
  const seg = mk(text, a, a + m[0].length, gap);
  seg.kind = 'date';
  seg.iso = d.iso;
  out.push(seg);
  const [na, nb] = trimRange(text, a + m[0].length, b);
  if (na < nb) peel(text, na, nb, out, 0);
  return true;
}

function peelStart(text: string, a: number, b: number, out: Segment[], gap: number): void {
  const slice = text.slice(a, Math.min(b, a + 400));
  const sq = squash(slice);
  const clock = matchClock(sq.slice(0, 60));
  if (clock) {
    const cut = advance(text, a, b, clock.length);
    if (cut < b) {
      out.push(mk(text, a, cut, gap));
      const [na, nb] = trimRange(text, cut, b);
      if (na < nb) peel(text, na, nb, out, 0);
      return;
    }
  }
  const m = PEELABLE_START.exec(sq);
  if (m && m[0].length < sq.length) {
    const cut = advance(text, a, b, m[0].length);
    out.push(mk(text, a, cut, gap));
    const [na, nb] = trimRange(text, cut, b);
    if (na < nb) peel(text, na, nb, out, 0);
    return;
  }
  peelEnd(text, a, b, out, gap);
}

function peelEnd(text: string, a: number, b: number, out: Segment[], gap: number): void {
  const last = text.charCodeAt(b - 1);
  // PEELABLE_END's phrases end in `n`, `s` or `k`.
  if (b - a > 40 && (last === 110 || last === 115 || last === 107)) {
    const tailStart = Math.max(a, b - 80);
    const tail = text.slice(tailStart, b);
    const e = PEELABLE_END.exec(tail);
    if (e && tailStart + e.index > a) {
      const [na, nb] = trimRange(text, a, tailStart + e.index);
      if (na < nb) {
        peel(text, na, nb, out, gap);
        out.push(mk(text, tailStart + e.index, b, 0));
        return;
      }
    }
  }
  out.push(mk(text, a, b, gap));
}

/** Original offset after `n` characters of the squashed text starting at `a`. */
function advance(text: string, a: number, b: number, n: number): number {
  let i = a;
  let k = 0;
  while (i < b && k < n) {
    if (isSpace(text.charCodeAt(i))) {
      while (i < b && isSpace(text.charCodeAt(i))) i++;
      k++;
    } else { i++; k++; }
  }
  return i;
}

function mk(text: string, a: number, b: number, gap: number): Segment {
  const [s, e] = trimRange(text, a, b);
  return { start: s, end: e, text: squash(text.slice(s, e)), gapBefore: gap, kind: 'content' };
}

export function buildBlocks(text: string, loc: Location): Blocks {
  const segs: Segment[] = [];
  const starts = loc.lineStarts;
  let gap = 0;
  let lines = 0;
  for (let li = 0; li < starts.length; li++) {
    const ls = starts[li];
    let le = li + 1 < starts.length ? starts[li + 1] : text.length;
    while (le > ls && (text.charCodeAt(le - 1) === 10 || text.charCodeAt(le - 1) === 13)) le--;
    const [a, b] = trimRange(text, ls, le);
    if (a >= b) { gap++; continue; }
    peel(text, a, b, segs, gap);
    gap = 0;
    lines++;
  }

  // A page flattened to a line or two: cut its long line back into parts. A page under a capture
  // tool's ` date` field kept its line breaks: its few long lines are paragraphs.
  const keptLines = segs.length > 0 && segs[0].kind === 'date' && segs[0].iso !== undefined;
  for (let i = 0; i < segs.length && !keptLines; i++) {
    const s = segs[i];
    if (s.kind !== 'content' || !looksFlat(s.text.length, lines)) continue;
    const pieces = splitFlat(text, s.start, s.end, titleLike);
    if (pieces.length <= 1) continue;
    const out: Segment[] = pieces.map((p, k) => ({ ...mk(text, p.start, p.end, k === 0 ? s.gapBefore : 0), kind: p.kind }));
    segs.splice(i, 1, ...out);
    i += out.length - 1;
  }

  let capturedAt: string | null = null;
  let datePublished: string | null = null;
  let dateModified: string | null = null;
  let sawProse = false;
  let sawContent = false;

  // Pass 1: what a segment is by itself.
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const t = s.text;
    if (s.kind === 'date' && s.iso) {
      if (datePublished === null) datePublished = s.iso;
      continue;
    }
    if (t.length <= 80) {
      const clock = matchClock(t);
      if (clock && clock.length === t.length && capturedAt === null) {
        // The site's clock heads the page; the same format after the article's own lines (a
        // metadata dump's rendered page) is the article's time.
        if (!sawContent) { s.kind = 'clock'; capturedAt = clock.iso; continue; }
        s.kind = 'date';
        s.iso = clock.iso;
        if (datePublished === null) datePublished = clock.iso;
        continue;
      }
      const date = matchDate(t);
      // A machine timestamp is a date wherever it stands; other dates only before the prose.
      const afterDate = i > 0 && segs[i - 1].kind === 'date';
      if (date && date.length >= t.length - 1 && (!sawProse || afterDate || s.kind === 'date' || isTimestamp(t, date))) {
        s.kind = 'date';
        s.iso = date.iso;
        s.modified = date.modified ?? null;
        if (datePublished === null) { datePublished = date.iso; dateModified = date.modified ?? null; }
        continue;
      }
      const labeled = matchLabeledDate(t);
      if (labeled && labeled.length >= t.length - 1) {
        s.kind = 'date';
        s.iso = labeled.iso;
        s.modified = labeled.isModified ? labeled.iso : null;
        if (labeled.isModified) { if (dateModified === null) dateModified = labeled.iso; }
        else if (datePublished === null && !sawProse) datePublished = labeled.iso;
        continue;
      }
      if (COUNTER.test(t)) { s.kind = 'counter'; continue; }
      if (isChrome(t) || SOCIAL_CHROME.test(t) || isSiteName(t, i < 3)) { s.kind = 'chrome'; continue; }
    }
    if (isMetadataLine(t) || isFollowCall(t) || isFooterCall(t)) { s.kind = 'chrome'; continue; }
    const th = (t.charCodeAt(0) | 32) === 116 /* t */ ? TAGS_HEADER.exec(t) : null;
    if (th && t.length < 2000) { s.kind = th[1] ? 'tagsInline' : 'tagsHeader'; continue; }
    if (t.startsWith('©') || /^\(c\) /i.test(t) || /^Photo(?: credit)? ?: ?\S/.test(t)) { s.kind = 'credit'; continue; }
    if (!sawProse && t.length <= 40 && SECTIONS.has(t)) { s.kind = 'section'; continue; }
    const story = t.length <= 160 && t.charCodeAt(t.length - 1) === 41 /* ) */ ? STORY.exec(t) : null;
    if (story && titleLike(story[1].trim() + 'x')) { s.kind = 'story'; continue; }
    if (!sawProse && hasWords(t, 8) && !titleLike(t)) sawProse = true;
    if (s.kind === 'content') sawContent = true;
  }

  // A date stated at the start of the first content line (`13.10.2016 The army ...`).
  const firstContent = segs.findIndex((s) => s.kind === 'content');
  if (firstContent >= 0 && datePublished === null) {
    const s = segs[firstContent];
    const d = matchDate(s.text.slice(0, 80));
    if (d && d.length < s.text.length && /^[\s—–:|-]/.test(s.text.slice(d.length))) {
      let cut = advance(text, s.start, s.end, d.length);
      while (cut < s.end && /[\s—–:|-]/.test(text[cut])) cut++;
      const dateSeg = mk(text, s.start, cut, s.gapBefore);
      dateSeg.kind = 'date';
      dateSeg.iso = d.iso;
      const rest = mk(text, cut, s.end, 0);
      // `12:34 14.10.2016 (updated ...) Get short URL 11990`: the rest of the line is chrome.
      if (rest.text.length <= 80 && COUNTER.test(rest.text)) rest.kind = 'counter';
      else if (rest.text.length <= 80 && isChrome(rest.text)) rest.kind = 'chrome';
      segs.splice(firstContent, 1, dateSeg, rest);
      datePublished = d.iso;
      dateModified = d.modified ?? null;
    }
  }

  let proseAbove = false;
  // Credits glued to captions: `... in Syria© AFP 2018 / Name` or `... in SyriaHİKMET DURGUN`;
  // the 2021+ layout glues the caption after the credit (`© AFP / Given SurnameA man walks ...`);
  // body-only extractions put it in brackets after the caption (`A man walks ( AFP/Given Surname )`).
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    if (s.kind === 'credit' && s.text.length <= 2000) {
      const g = CAPTION_AFTER_CREDIT.exec(s.text);
      if (!g) continue;
      const cut = advance(text, s.start, s.end, g[1].length);
      const cred = mk(text, s.start, cut, s.gapBefore);
      const cap = mk(text, cut, s.end, 0);
      cred.kind = 'credit';
      cap.kind = 'caption';
      segs.splice(i, 1, cred, cap);
      i++;
      continue;
    }
    if (s.kind !== 'content' || s.text.length > 2000) continue;
    // A bracketed credit only closes a caption above the prose (in the body it is a source: `(AP/NORC)`).
    if (!proseAbove && s.text.charCodeAt(s.text.length - 1) === 41 /* ) */) {
      const tailStart = Math.max(0, s.text.length - 120);
      const p = BRACKETED_CREDIT.exec(s.text.slice(tailStart));
      if (p && tailStart + p.index > 0) {
        const open = advance(text, s.start, s.end, tailStart + p.index);
        const cap = mk(text, s.start, open, s.gapBefore);
        // The credit inside the brackets, without them.
        let ca = open + 1;
        let cb = s.end - 1;
        [ca, cb] = trimRange(text, ca, cb);
        const cred = mk(text, ca, cb, 0);
        if (cap.text && cred.text) {
          cap.kind = 'caption';
          cred.kind = 'credit';
          segs.splice(i, 1, cap, cred);
          i++;
          continue;
        }
      }
    }
    if (!proseAbove && isProseLine(s.text)) proseAbove = true;
    const copy = s.text.indexOf('©');
    let cutAt = -1;
    if (copy > 0) cutAt = copy;
    else if (!/[.!?"”’']$/.test(s.text) && mayEndInCapitals(s.text)) {
      const g = GLUED_CREDIT.exec(s.text);
      if (g && g[1].replace(/[^\p{Lu}]/gu, '').length >= 6) cutAt = g.index + 1;
    }
    if (cutAt < 0 && s.text.length > 20 && s.text.includes('/') && !/[.!?"”’']$/.test(s.text)) {
      const g = GLUED_SLASH_CREDIT.exec(s.text.slice(-90));
      if (g) cutAt = s.text.length - Math.min(90, s.text.length) + g.index + 1;
    }
    if (cutAt <= 0) continue;
    const cut = advance(text, s.start, s.end, cutAt);
    const cap = mk(text, s.start, cut, s.gapBefore);
    const cred = mk(text, cut, s.end, 0);
    if (!cap.text || !cred.text) continue;
    cred.kind = 'credit';
    segs.splice(i, 1, cap, cred);
    i++;
  }

  markRepeats(segs);
  headLayout(segs);
  const indexPage = datedTeasers(segs) >= 3;
  if (indexPage) {
    // An index page: its dates are the teasers' own, not the page's.
    datePublished = null;
    dateModified = null;
    for (let i = 1; i < segs.length; i++) {
      if (segs[i - 1].kind === 'date' && segs[i].kind === 'content' && titleLike(segs[i].text)) segs[i].kind = 'related';
    }
  }

  // Captions: the content line right before a credit.
  for (let i = 1; i < segs.length; i++) {
    if (segs[i].kind === 'credit' && segs[i - 1].kind === 'content') segs[i - 1].kind = 'caption';
  }

  // Tags after a `Tags:` header.
  for (let i = 0; i < segs.length; i++) {
    if (segs[i].kind !== 'tagsHeader') continue;
    for (let j = i + 1; j < segs.length; j++) {
      const s = segs[j];
      if (s.kind !== 'content' || (j > i + 1 && s.gapBefore > 0)) break;
      s.kind = 'tags';
    }
  }

  const content: number[] = [];
  for (let i = 0; i < segs.length; i++) if (segs[i].kind === 'content') content.push(i);

  // Headline: the first content line, when title-like and something follows it.
  let head = 0;
  const hasHeadline = segs.some((s) => s.kind === 'headline');
  const hasLead = segs.some((s) => s.kind === 'lead') || indexPage;
  if (!hasHeadline && !indexPage && content.length >= 2 && titleLike(segs[content[0]].text)) {
    segs[content[0]].kind = 'headline';
    head = 1;
  }

  // Tail: from the end, the tag line and related headlines, up to the last prose line.
  let tail = content.length;
  let tagsSeen = segs.some((s) => s.kind === 'tags' || s.kind === 'tagsInline');
  while (tail > head) {
    const s = segs[content[tail - 1]];
    if (!tagsSeen && tagLike(s.text, tail === content.length)) { s.kind = 'tags'; tagsSeen = true; tail--; continue; }
    if (titleLike(s.text) && countWords(s.text) >= 3) { s.kind = 'related'; tail--; continue; }
    break;
  }

  // Lead: first content line after the headline, when a headline exists or an image follows it.
  if (head < tail && !hasLead) {
    const li = content[head];
    let next = li + 1;
    while (next < segs.length && (segs[next].kind === 'chrome' || segs[next].kind === 'counter')) next++;
    const imageFollows = next < segs.length && (segs[next].kind === 'caption' || segs[next].kind === 'credit');
    if ((head === 1 || hasHeadline || imageFollows || afterPageChrome(segs, li)) && tail - head >= 2) segs[li].kind = 'lead';
  }

  // Body paragraphs; the article image is the first caption/credit before the second paragraph;
  // later ones belong to inline links to other articles, whose titles follow them.
  let paragraphs = 0;
  let imageTaken = false;
  let imageCredit = -1;
  for (let k = 0; k < segs.length; k++) {
    const s = segs[k];
    if (s.kind === 'content') {
      const readMore = /^(?:READ MORE|Read more|Read also|Also read|See also|RELATED|Related)\s*:\s*(.+)$/.exec(s.text);
      if (readMore) { s.kind = 'related'; continue; }
      s.kind = 'paragraph';
      paragraphs++;
      continue;
    }
    if (s.kind === 'caption' || s.kind === 'credit') {
      if (!imageTaken && paragraphs <= 1) {
        if (s.kind === 'credit') { imageTaken = true; imageCredit = k; }
        continue;
      }
      // The caption glued after the image's credit (2021+ layout) is that image's.
      if (s.kind === 'caption' && k === imageCredit + 1) continue;
      s.kind = s.kind === 'caption' ? 'relatedCaption' : 'relatedCredit';
      if (s.kind === 'relatedCredit') {
        const n = segs[k + 1];
        if (n && n.kind === 'content' && titleLike(n.text)) n.kind = 'related';
      }
    }
  }

  const children: Block[] = [];
  for (const s of segs) {
    const kind: BlockType = s.kind === 'content' ? 'paragraph' : s.kind === 'tagsInline' ? 'tags' : s.kind;
    children.push({ type: kind, value: s.text, position: loc.position(s.start, s.end) });
  }
  const root: Root = { type: 'root', children, position: loc.position(0, text.length) };
  return { root, segments: segs, capturedAt, datePublished, dateModified, indexPage };
}

function countWords(t: string): number {
  let n = 1;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 32) n++;
  return n;
}

const GLUED_SENTENCE = /[a-z)][.!?](?=\p{Lu}\p{Ll})/u;

/** Page furniture at the top of a page, before its first own line. */
const FURNITURE = new Set<Segment['kind']>(['clock', 'chrome', 'counter', 'section', 'story', 'date']);

function isProseLine(t: string): boolean {
  return hasWords(t, 8) && !titleLike(t);
}

/**
 * Repeated lines: metadata dumps print the title and the lead two or three times, and a glued
 * description whose sentences come back as the page's paragraphs; the 2021+ layout repeats the caption with the site's name (`Caption - Site Name`). A
 * repeat is chrome; the line it repeats stays. A title-like line repeated at once is the
 * headline of a metadata dump (what comes before it, after a URL line, is the dump's preamble);
 * the line right before a repeated one, without closing punctuation, is the image caption.
 */
function markRepeats(segs: Segment[]): void {
  const seen = new Map<string, number>();
  // First sentences of lines whose sentences are glued (`...ministers.Previously, ...`): a dump's
  // description field, printed again later as the page's own paragraphs.
  const gluedStart = new Map<string, number>();
  const repeatOf: number[] = new Array<number>(segs.length).fill(-1);
  let ordinal = 0;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    if (s.kind !== 'content' && s.kind !== 'caption') continue;
    const glued = s.kind === 'content' && s.text.length <= 5000 ? GLUED_SENTENCE.exec(s.text) : null;
    if (glued) gluedStart.set(s.text.slice(0, glued.index + 2), i);
    const gluedCopy = gluedStart.get(s.text);
    if (gluedCopy !== undefined && gluedCopy !== i && segs[gluedCopy].kind === 'content') segs[gluedCopy].kind = 'chrome';
    let first = seen.get(s.text);
    if (first === undefined) {
      const suffix = / [-–—|] [^-–—|]{2,40}$/.exec(s.text);
      if (suffix) {
        // `Caption - Site Name` repeats the caption printed just before (glued to its credit or not).
        const f = seen.get(s.text.slice(0, suffix.index));
        if (f !== undefined && (segs[f].kind === 'caption' || (segs[f].kind === 'content' && i - f <= 2))) {
          segs[f].kind = 'caption';
          first = f;
        }
      }
    }
    if (first === undefined) {
      // Only the dump's head repeats: its title, its first lines (description, lead), a caption.
      if (ordinal < 3 || s.kind === 'caption' || titleLike(s.text)) seen.set(s.text, i);
      if (s.kind === 'content') ordinal++;
      continue;
    }
    if (s.kind === 'caption') continue;
    s.kind = 'chrome';
    repeatOf[i] = first;
  }
  let headline = segs.some((s) => s.kind === 'headline');
  let caption = segs.some((s) => s.kind === 'caption');
  let urlBefore = -1;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    if (s.kind === 'chrome' && isMetadataLine(s.text) && !headline) urlBefore = i;
    if (s.kind !== 'content') continue;
    const next = i + 1 < segs.length ? repeatOf[i + 1] : -1;
    if (next < 0) continue;
    if (next === i && !headline && titleLike(s.text)) {
      s.kind = 'headline';
      headline = true;
      for (let k = urlBefore + 1; urlBefore >= 0 && k < i; k++) if (segs[k].kind === 'content') segs[k].kind = 'chrome';
      continue;
    }
    if (next >= 0 && next !== i && !caption && !/[.!?:;"”’]$/.test(s.text) && hasWords(s.text, 5)) {
      const prev = i > 0 ? segs[i - 1].kind : 'chrome';
      if (FURNITURE.has(prev)) { s.kind = 'caption'; caption = true; }
    }
  }
}

/**
 * The head of a Sputnik-style page, where the order of caption, headline and credit says which
 * line is which:
 * - 2017-19: caption, headline, then a cluster of credit, section, `Get short URL`, byline and
 *   counters before the lead: the short lines of that cluster are page furniture;
 * - 2021+: site lines, headline, then the credit with the caption glued after it: the lines
 *   between the page top and the headline are site furniture (the site's tagline).
 */
function headLayout(segs: Segment[]): void {
  let top = 0;
  while (top < segs.length && FURNITURE.has(segs[top].kind)) top++;
  if (top >= segs.length || top > 12) return;
  // 2021+: the first credit, glued to its caption, right after a title-like line.
  for (let c = top + 1; c < Math.min(segs.length - 1, top + 5); c++) {
    if (segs[c].kind !== 'credit') continue;
    const x = segs[c - 1];
    if (segs[c + 1].kind === 'caption' && x.kind === 'content' && titleLike(x.text)) {
      x.kind = 'headline';
      for (let k = top; k < c - 1; k++) if (segs[k].kind === 'content') segs[k].kind = 'chrome';
    }
    break;
  }
  // 2017-19: caption, headline, furniture cluster, lead.
  const y = segs[top];
  const x = segs[top + 1];
  if (!x || y.kind !== 'content' || x.kind !== 'content') return;
  // A title-like first line is still the caption when the credit follows the headline at once,
  // or under a page clock (the 2017-19 page always shows its photo first).
  const creditAfter = top + 2 < segs.length && segs[top + 2].kind === 'credit';
  let clockTop = false;
  for (let k = 0; k < top; k++) if (segs[k].kind === 'clock') clockTop = true;
  if ((titleLike(y.text) && !creditAfter && !clockTop) || !hasWords(y.text, 3) || y.text.length > 400 || !titleLike(x.text)) return;
  let j = top + 2;
  let furniture = 0;
  const short: Segment[] = [];
  for (; j < segs.length && j < top + 12; j++) {
    const s = segs[j];
    if (s.kind === 'credit' || s.kind === 'chrome' || s.kind === 'counter') { furniture++; continue; }
    if (s.kind === 'section' || s.kind === 'story') continue;
    if (s.kind === 'content' && !hasWords(s.text, 6) && s.text.length <= 50 && !/[.!?]$/.test(s.text)) { short.push(s); continue; }
    break;
  }
  if (furniture === 0 || j >= segs.length || segs[j].kind !== 'content' || !isProseLine(segs[j].text)) return;
  y.kind = 'caption';
  x.kind = 'headline';
  for (const s of short) s.kind = 'chrome';
}

/**
 * Date stamps that each open a teaser (a date line followed by a title or text): three or more
 * make the page an index of other articles.
 */
function datedTeasers(segs: Segment[]): number {
  let n = 0;
  let sawContent = false;
  for (let i = 0; i + 1 < segs.length; i++) {
    const s = segs[i];
    if (s.kind === 'content') sawContent = true;
    if (s.kind === 'date' && sawContent && segs[i + 1].kind === 'content') n++;
  }
  return n;
}

/** The first content line comes right after the page's own furniture (clock, chrome, counters). */
function afterPageChrome(segs: Segment[], li: number): boolean {
  if (!isProseLine(segs[li].text)) return false;
  let chrome = false;
  for (let k = 0; k < li; k++) {
    const kind = segs[k].kind;
    if (kind === 'clock' || kind === 'chrome' || kind === 'counter' || kind === 'story') chrome = true;
    else if (kind !== 'section' && kind !== 'date') return false;
  }
  return chrome;
}
