/** Tokens and sentences of one normalized paragraph. Linear, no backtracking-prone patterns. */
import { ABBREVIATIONS } from '../lexicon';
import type { Normalized } from '../parse/normalize';
import * as chars from '../parse/chars';
import type { ScanResult } from '../parse/quotes';

/* Called per character: bound once (see parse/chars.ts). */
const { isLetterOrDigit, isUpper } = chars;

export interface Token {
  t: string;
  s: number;
  e: number;
  /** A word (letters/digits), as opposed to a punctuation mark. */
  w: boolean;
  /** `t.toLowerCase()`, computed once. */
  lower: string;
  /** `isCap(t)`, computed once: every finder asks it of most words. */
  cap: boolean;
}

/*
 * The tokenizer is a hand-written scanner for exactly this pattern (the regex is the spec;
 * the scanner avoids running a Unicode regex over every word):
 *   (?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Prof|St|Jr|Sr|Rep|Sen|Gov|Maj|Capt|Adm)\.   courtesy and rank abbreviations
 *   | \p{Lu}\.(?= |$)                                                          an initial
 *   | [\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*(?:['’](?= |$|[,.;:!?]))?        a word, with a trailing apostrophe
 *   | \S                                                                       any other mark
 */
const ABBREVIATED = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Col', 'Lt', 'Sgt', 'Prof', 'St', 'Jr', 'Sr', 'Rep', 'Sen', 'Gov', 'Maj', 'Capt', 'Adm']);
/** `\s`. */
function isRegexSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Set by the scanner when the token it read has a character `toLowerCase` may change. */
let foldable = false;

/** End of a run of letters and digits starting at `i` (code points, so astral letters count). */
function letterRun(s: string, i: number, n: number): number {
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) { i++; continue; }
      if (c >= 65 && c <= 90) { foldable = true; i++; continue; }
      return i;
    }
    foldable = true;
    const cp = s.codePointAt(i)!;
    if (!isLetterOrDigit(cp)) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Length of the token starting at non-space `p`. */
function tokenAt(s: string, p: number, n: number): number {
  const c = s.charCodeAt(p);
  if (c >= 65 && c <= 83) {
    for (let k = 2; k <= 4 && p + k < n; k++) {
      if (s.charCodeAt(p + k) === 46 && ABBREVIATED.has(s.slice(p, p + k))) return k + 1;
    }
  }
  const cp = c < 128 ? c : s.codePointAt(p)!;
  const size = cp > 0xffff ? 2 : 1;
  if (cp >= 65 && cp <= 90 || cp >= 128 && isUpper(cp)) {
    if (s.charCodeAt(p + size) === 46 && (p + size + 1 >= n || s.charCodeAt(p + size + 1) === 32)) return size + 1;
  }
  if (!isLetterOrDigit(cp)) return size;
  let i = letterRun(s, p + size, n);
  for (;;) {
    const sep = s.charCodeAt(i);
    if (sep !== 0x2019 && sep !== 39 && sep !== 45 && sep !== 46) break;
    if (i + 1 >= n) break;
    const next = s.codePointAt(i + 1)!;
    if (!isLetterOrDigit(next)) break;
    i = letterRun(s, i + 1, n);
  }
  const q = s.charCodeAt(i);
  if (q === 39 || q === 0x2019) {
    const after = s.charCodeAt(i + 1);
    if (i + 1 >= n || after === 32 || after === 44 || after === 46 || after === 59 || after === 58 || after === 33 || after === 63) i++;
  }
  return i - p;
}

export function tokenize(s: string, max = 200000): Token[] {
  const out: Token[] = [];
  const n = s.length;
  let p = 0;
  while (p < n) {
    const c = s.charCodeAt(p);
    if (c === 32 || (c < 128 ? c >= 9 && c <= 13 : isRegexSpace(c))) { p++; continue; }
    foldable = c >= 128 || (c >= 65 && c <= 90);
    const len = tokenAt(s, p, n);
    const t = s.slice(p, p + len);
    out.push({ t, s: p, e: p + len, w: len > 1 || isLetterOrDigit(c), lower: foldable ? t.toLowerCase() : t, cap: isCap(t) });
    if (out.length >= max) break;
    if (c === 0) break;
    p += len;
  }
  return out;
}

const UPPER = /^\p{Lu}/u;
const ARTICLE_PREFIX = /^(?:al|el|ad|as|ash|an|ar|at|az)-\p{Lu}/u;
/** Capitalized word (also `al-Assad`-style names). */
export function isCap(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  // `al-X` needs four characters; shorter words are never read past their end.
  if (c >= 97 && c <= 122) return t.length >= 4 && (t.charCodeAt(2) === 45 || t.charCodeAt(3) === 45) && ARTICLE_PREFIX.test(t);
  if (c < 128) return false;
  return UPPER.test(t);
}
/** All capitals and a trailing apostrophe (`US'`): not taken for a possessive. */
const CAPS_APOSTROPHE = /^\p{Lu}+['’]$/u;
/** `t` without a trailing `'s`, `’s`, `'` or `’` (what `/['’]s?$/` matches). */
export function stripPossessive(t: string): string {
  const n = t.length;
  const last = t.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return t.slice(0, n - 1);
  if (last === 115 && n >= 2) {
    const q = t.charCodeAt(n - 2);
    if (q === 39 || q === 0x2019) return t.slice(0, n - 2);
  }
  return t;
}
export function isPossessive(t: string): boolean {
  const n = t.length;
  const last = t.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return n > 1 && !CAPS_APOSTROPHE.test(t);
  if (last === 115 && n > 2) { const q = t.charCodeAt(n - 2); return q === 39 || q === 0x2019; }
  return false;
}

/** Sentence ranges [start, end) of the paragraph, never splitting inside a quotation. */
export function sentences(norm: Normalized, scan: ScanResult | null): Array<[number, number]> {
  const s = norm.text;
  const n = s.length;
  // Outermost quotations are disjoint and sorted by where they open: one cursor walks them.
  const spans = scan ? scan.spans : [];
  let q = 0;
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const code = s.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue;
    while (q < spans.length && (spans[q].depth !== 0 || (spans[q].close < 0 ? spans[q].cut ?? n : spans[q].close) <= i)) q++;
    if (q < spans.length && spans[q].open < i) continue; // inside a quotation
    const c = s[i];
    let j = i + 1;
    while (j < n && /["”’'»)\]]/.test(s[j])) j++;
    if (j >= n) break;
    if (s[j] !== ' ') continue;
    const next = s[j + 1];
    if (next === undefined || !/[\p{Lu}\p{N}"“‘'«(]/u.test(next)) continue;
    if (c === '.') {
      // Abbreviation or an initial before the period?
      let k = i - 1;
      while (k >= 0 && /[\p{L}.]/u.test(s[k])) k--;
      const word = s.slice(k + 1, i);
      if (word.length === 1 && isUpper(word.charCodeAt(0))) continue;
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    out.push([start, j]);
    start = j + 1;
    // Cap sentence count: pathological one-line inputs stay linear anyway.
  }
  if (start < n) out.push([start, n]);
  return out;
}
