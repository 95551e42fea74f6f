/** Tokens and sentences of one normalized paragraph. Linear, no backtracking-prone patterns. */
import { ABBREVIATIONS } from '../lexicon';
import type { Normalized } from '../parse/normalize';
import type { ScanResult } from '../parse/quotes';

export interface Token {
  t: string;
  s: number;
  e: number;
  /** A word (letters/digits), as opposed to a punctuation mark. */
  w: boolean;
}

const TOKEN = /(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Prof|St|Jr|Sr|Rep|Sen|Gov|Maj|Capt|Adm)\.|\p{Lu}\.(?= |$)|[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*(?:['’](?= |$|[,.;:!?]))?|\S/gu;

export function tokenize(s: string, max = 200000): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(s)) !== null) {
    const t = m[0];
    const c = t.charCodeAt(0);
    out.push({ t, s: m.index, e: m.index + t.length, w: t.length > 1 || /[\p{L}\p{N}]/u.test(t) });
    if (out.length >= max) break;
    if (c === 0) break;
  }
  return out;
}

const UPPER = /^\p{Lu}/u;
const ARTICLE_PREFIX = /^(?:al|el|ad|as|ash|an|ar|at|az)-\p{Lu}/u;
/** Capitalized word (also `al-Assad`-style names). */
export function isCap(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return (t.charCodeAt(2) === 45 || t.charCodeAt(3) === 45) && ARTICLE_PREFIX.test(t);
  if (c < 128) return false;
  return UPPER.test(t);
}
const POSS = /['’]s?$/u;
export function stripPossessive(t: string): string {
  const last = t.charCodeAt(t.length - 1);
  if (last !== 115 && last !== 39 && last !== 0x2019) return t;
  return t.replace(POSS, '');
}
export function isPossessive(t: string): boolean {
  const n = t.length;
  const last = t.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return n > 1 && !/^\p{Lu}+['’]$/u.test(t);
  if (last === 115 && n > 2) { const q = t.charCodeAt(n - 2); return q === 39 || q === 0x2019; }
  return false;
}

/** Sentence ranges [start, end) of the paragraph, never splitting inside a quotation. */
export function sentences(norm: Normalized, scan: ScanResult | null): Array<[number, number]> {
  const s = norm.text;
  const n = s.length;
  const inside = new Uint8Array(n + 1);
  if (scan) {
    for (const sp of scan.spans) {
      if (sp.depth !== 0) continue;
      const end = sp.close < 0 ? n : sp.close;
      for (let i = sp.open + 1; i < end; i++) inside[i] = 1;
    }
  }
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = s[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    if (inside[i]) continue;
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
      if (word.length === 1 && /\p{Lu}/u.test(word)) continue;
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    out.push([start, j]);
    start = j + 1;
    // Cap sentence count: pathological one-line inputs stay linear anyway.
  }
  if (start < n) out.push([start, n]);
  return out;
}
