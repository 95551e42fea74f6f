/**
 * Normalized views of a slice of the original text, with an offset map back to it.
 * Normalizing folds every run of whitespace (spaces, tabs, NBSP and the other Unicode
 * spaces, line breaks) to one space; everything else is kept as is, so quote marks can
 * still be told apart. `start[i]` / `end[i]` give the original offsets of normalized char i.
 */
export interface Normalized {
  text: string;
  start: Int32Array;
  end: Int32Array;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff || c === 12 || c === 11 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;
}

export function normalize(source: string, from: number, to: number): Normalized {
  const len = Math.max(0, to - from);
  const start = new Int32Array(len);
  const end = new Int32Array(len);
  const parts: string[] = [];
  let chunkStart = from;
  let n = 0;
  let i = from;
  // Skip leading space.
  while (i < to && isSpace(source.charCodeAt(i))) i++;
  chunkStart = i;
  while (i < to) {
    const c = source.charCodeAt(i);
    if (isSpace(c)) {
      if (i > chunkStart) parts.push(source.slice(chunkStart, i));
      let j = i;
      while (j < to && isSpace(source.charCodeAt(j))) j++;
      if (j >= to) { chunkStart = j; i = j; break; }
      parts.push(' ');
      start[n] = i;
      end[n] = j;
      n++;
      i = j;
      chunkStart = j;
      continue;
    }
    start[n] = i;
    end[n] = i + 1;
    n++;
    i++;
  }
  if (chunkStart < i) parts.push(source.slice(chunkStart, i));
  return { text: parts.join(''), start: start.subarray(0, n), end: end.subarray(0, n) };
}

/** Original [start, end) of normalized [a, b). */
export function toOriginal(norm: Normalized, a: number, b: number): [number, number] {
  const n = norm.text.length;
  if (n === 0) return [0, 0];
  const aa = Math.max(0, Math.min(a, n - 1));
  const bb = Math.max(aa, Math.min(b, n));
  const s = norm.start[aa];
  const e = bb > aa ? norm.end[bb - 1] : s;
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

/** Whitespace folding only (what node texts carry: NBSP and runs of spaces become one space). */
export function squash(text: string): string {
  return text.replace(WS_RUN, ' ').trim();
}
