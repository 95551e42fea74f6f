/**
 * Normalized views of a slice of the original text, with an offset map back to it.
 * Normalizing folds every run of whitespace (spaces, tabs, NBSP and the other Unicode
 * spaces, line breaks) to one space; everything else is kept as is, so quote marks can
 * still be told apart. The map is sparse: only runs longer than one character shift the
 * offsets, so it records those runs and `toOriginal` finds its way back by binary search.
 */
export interface Normalized {
  text: string;
  /** Original offset of normalized char 0. */
  base: number;
  /** Normalized index of every space that stands for a run of two or more original characters. */
  runAt: number[];
  /** Original characters folded away by the runs up to and including `runAt[k]` (run length - 1, summed). */
  runExtra: number[];
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff || c === 12 || c === 11 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;
}

export function normalize(source: string, from: number, to: number): Normalized {
  const runAt: number[] = [];
  const runExtra: number[] = [];
  let text = '';
  let i = from;
  // Skip leading space.
  while (i < to && isSpace(source.charCodeAt(i))) i++;
  const base = i;
  let chunkStart = i;
  let extra = 0;
  while (i < to) {
    const c = source.charCodeAt(i);
    // Plain letters and a single plain space between them are copied as they are.
    if (c > 32 && c < 0xa0) { i++; continue; }
    if (!isSpace(c)) { i++; continue; }
    let j = i + 1;
    while (j < to && isSpace(source.charCodeAt(j))) j++;
    if (j >= to) break;
    if (c === 32 && j === i + 1) { i = j; continue; }
    text += source.slice(chunkStart, i) + ' ';
    if (j > i + 1) {
      extra += j - i - 1;
      runAt.push(i - base - (extra - (j - i - 1)));
      runExtra.push(extra);
    }
    i = j;
    chunkStart = j;
  }
  text += source.slice(chunkStart, i);
  return { text, base, runAt, runExtra };
}

/** Index of the first run at or after normalized index `i`. */
function runIndex(norm: Normalized, i: number): number {
  const at = norm.runAt;
  let lo = 0;
  let hi = at.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (at[mid] < i) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Original offset where normalized char `i` starts. */
function startOf(norm: Normalized, i: number): number {
  const k = runIndex(norm, i);
  return norm.base + i + (k > 0 ? norm.runExtra[k - 1] : 0);
}

/** Original offset where normalized char `i` ends. */
function endOf(norm: Normalized, i: number): number {
  const k = runIndex(norm, i + 1);
  return norm.base + i + 1 + (k > 0 ? norm.runExtra[k - 1] : 0);
}

/** Words of a squashed text: `text.split(' ').length`, without the array. */
export function wordCount(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

/** `wordCount(text) >= n`, reading no further than the `n - 1`th space. */
export function hasWords(text: string, n: number): boolean {
  let words = 1;
  for (let i = 0; i < text.length && words < n; i++) if (text.charCodeAt(i) === 32) words++;
  return words >= n;
}

/** Original [start, end) of normalized [a, b). */
export function toOriginal(norm: Normalized, a: number, b: number): [number, number] {
  const n = norm.text.length;
  if (n === 0) return [0, 0];
  const aa = Math.max(0, Math.min(a, n - 1));
  const bb = Math.max(aa, Math.min(b, n));
  const s = startOf(norm, aa);
  const e = bb > aa ? endOf(norm, bb - 1) : s;
  return [s, e];
}

const WS_RUN = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** The folding texts are compared under: whitespace runs to one space, curly quote marks to straight. */
export function fold(text: string): string {
  return text
    .replace(WS_RUN, ' ')
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .trim();
}

/** `isSpace`, plus the line and paragraph separators that `\s` also matches. */
export function isSquashSpace(c: number): boolean {
  return c === 32 || (c < 0x2000 ? isSpace(c) : c <= 0x200b || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

/**
 * Whitespace folding only (what node texts carry: NBSP and runs of spaces become one space).
 * Same result as `text.replace(WS_RUN, ' ').trim()`, without a copy when nothing needs folding.
 */
export function squash(text: string): string {
  const n = text.length;
  let a = 0;
  let b = n;
  while (a < b && isSquashSpace(text.charCodeAt(a))) a++;
  while (b > a && isSquashSpace(text.charCodeAt(b - 1))) b--;
  let i = a;
  for (; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) { if (isSquashSpace(text.charCodeAt(i + 1))) break; }
    else if ((c < 32 || c >= 0xa0) && isSquashSpace(c)) break;
  }
  if (i >= b) return a === 0 && b === n ? text : text.slice(a, b);
  let out = text.slice(a, i);
  while (i < b) {
    let j = i;
    while (j < b && !isSquashSpace(text.charCodeAt(j))) j++;
    if (j > i) out += text.slice(i, j);
    if (j >= b) break;
    out += ' ';
    while (j < b && isSquashSpace(text.charCodeAt(j))) j++;
    i = j;
  }
  return out;
}
