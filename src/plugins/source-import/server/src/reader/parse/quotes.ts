/**
 * Quote marks of one paragraph (normalized text), paired with a small stack machine.
 * Tells apostrophes (`Assad's`, `won't`, `US' forces`) from single quote marks, and reports
 * marks opened with one character and closed with another, or never closed.
 */
import { isUpper } from './chars';

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when the paragraph ends first. */
  close: number;
  openMark: string;
  closeMark: string | null;
  single: boolean;
  /** Nesting depth when opened: 0 for an outermost quote. */
  depth: number;
  mismatched: boolean;
  /**
   * For a quotation abandoned before the paragraph ends (a new one opens after a sentence end
   * while it is still open: `"First. "Second`), where the next one opens.
   */
  cut?: number;
}

export interface MarkProblem {
  kind: 'mismatched' | 'unclosed' | 'unopened';
  /** Index of the opening mark (or of the stray closing mark). */
  at: number;
  /** Index just after the closing mark (or after the stray mark / the end of the paragraph). */
  end: number;
  openMark: string;
  closeMark: string | null;
}

const DOUBLE_OPEN = new Set(['“', '"', '„', '«', '”']);
const VALID_PAIRS = new Set(['“”', '""', '„“', '„”', '«»', '»«', '””', "''", '‘’', '‚‘', '‚’', '‹›', '’’']);

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x2000 && c !== 0xd7 && c !== 0xf7);
}
function isSpaceCode(c: number): boolean {
  return c === 32 || Number.isNaN(c);
}
const OPEN_BEFORE = new Set([40, 91, 123, 0x2014, 0x2013, 45, 47, 58]); // ( [ { — – - / :
const CLOSE_AFTER = new Set([46, 44, 59, 58, 33, 63, 41, 93, 125, 0x2014, 0x2013, 45, 0x2026]);
/** “ ” " „ « » ‘ ’ ' ‚ ‹ › */
function isQuoteCode(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e && c !== 0x201b) || c === 0x2039 || c === 0x203a;
}

interface Frame { at: number; mark: string; single: boolean; depth: number }

export interface ScanResult {
  spans: QuoteSpan[];
  problems: MarkProblem[];
  /** A double quote still open at the end of the paragraph (multi-paragraph quote or a missing mark). */
  openAtEnd: QuoteSpan | null;
}

/** The scanner's state: the paragraph, its open marks, and what it has found so far. */
interface Scan { s: string; stack: Frame[]; spans: QuoteSpan[]; problems: MarkProblem[] }

/*
 * The scanner's steps are module functions over that state rather than closures made on every
 * call: the reader scans every paragraph, and creating (and naming) four closures each time
 * cost more than the scan itself on short paragraphs.
 */

function findFrame(stack: Frame[], single: boolean): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].single === single) return k;
  return -1;
}

function closeFrame(sc: Scan, k: number, at: number, mark: string): void {
  const { stack, problems } = sc;
  // Frames opened above the one being closed were never closed.
  while (stack.length - 1 > k) {
    const f = stack.pop()!;
    if (f.mark === '‘' || (!f.single && f.mark !== '"')) {
      problems.push({ kind: 'unclosed', at: f.at, end: f.at + 1, openMark: f.mark, closeMark: null });
    }
  }
  const f = stack.pop()!;
  const ok = VALID_PAIRS.has(f.mark + mark);
  if (!ok) problems.push({ kind: 'mismatched', at: f.at, end: at + 1, openMark: f.mark, closeMark: mark });
  sc.spans.push({ open: f.at, close: at, openMark: f.mark, closeMark: mark, single: f.single, depth: f.depth, mismatched: !ok });
}

/**
 * A double quote still open when another one clearly opens after a sentence end
 * (`... accusations. "It took`): the first was never closed; it ends where the next begins.
 */
function abandons(sc: Scan, i: number, ch: string, openerCtx: boolean, closerCtx: boolean): boolean {
  const { s, stack } = sc;
  if (!openerCtx || closerCtx || stack.length !== 1 || stack[0].single) return false;
  const top = stack[0].mark;
  if (!(top === ch || (top === '"' && ch === '“') || (top === '“' && ch === '"'))) return false;
  let j = i - 1;
  while (j >= 0 && s.charCodeAt(j) === 32) j--;
  if (j === i - 1 || j < 0) return false;
  const c = s.charCodeAt(j);
  if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) return false;
  const q = s.codePointAt(i + 1)!;
  if (!((q >= 65 && q <= 90) || (q >= 48 && q <= 57) || (q > 127 && isUpper(q)))) return false;
  const f = stack.pop()!;
  sc.problems.push({ kind: 'unclosed', at: f.at, end: f.at + 1, openMark: f.mark, closeMark: null });
  sc.spans.push({ open: f.at, close: -1, openMark: f.mark, closeMark: null, single: false, depth: f.depth, mismatched: false, cut: i });
  return true;
}

function open(stack: Frame[], at: number, mark: string, single: boolean): void {
  if (stack.length > 64) return; // pathological input: stop nesting, stay linear
  stack.push({ at, mark, single, depth: stack.length });
}

export function scanQuotes(s: string): ScanResult {
  const spans: QuoteSpan[] = [];
  const problems: MarkProblem[] = [];
  const stack: Frame[] = [];
  const n = s.length;
  const sc: Scan = { s, stack, spans, problems };

  for (let i = 0; i < n; i++) {
    if (!isQuoteCode(s.charCodeAt(i))) continue;
    const ch = s[i];
    const p = i > 0 ? s.charCodeAt(i - 1) : NaN;
    const q = i + 1 < n ? s.charCodeAt(i + 1) : NaN;
    const openerCtx = (Number.isNaN(p) || isSpaceCode(p) || OPEN_BEFORE.has(p) || isQuoteCode(p)) && !Number.isNaN(q) && !isSpaceCode(q);
    const closerCtx = !Number.isNaN(p) && !isSpaceCode(p) && (Number.isNaN(q) || isSpaceCode(q) || CLOSE_AFTER.has(q) || isQuoteCode(q));
    const letterBoth = !Number.isNaN(p) && !Number.isNaN(q) && isWordChar(p) && isWordChar(q);

    if (ch === '"' || ch === '“' || ch === '”' || ch === '„' || ch === '«' || ch === '»') {
      if ((ch === '"' || ch === '“' || ch === '«') && abandons(sc, i, ch, openerCtx, closerCtx)) { open(stack, i, ch, false); continue; }
      const k = findFrame(stack, false);
      if (ch === '„' || ch === '«') { open(stack, i, ch, false); continue; }
      if (ch === '»') {
        if (k >= 0) closeFrame(sc, k, i, ch);
        else if (openerCtx) open(stack, i, ch, false);
        else problems.push({ kind: 'unopened', at: i, end: i + 1, openMark: ch, closeMark: null });
        continue;
      }
      if (ch === '“') {
        if (k >= 0 && (stack[k].mark === '„' || (closerCtx && !openerCtx))) closeFrame(sc, k, i, ch);
        else open(stack, i, ch, false);
        continue;
      }
      if (ch === '”') {
        if (k >= 0 && !(openerCtx && !closerCtx && stack[k].mark === '”')) closeFrame(sc, k, i, ch);
        else if (openerCtx && !closerCtx) open(stack, i, ch, false);
        else problems.push({ kind: 'unopened', at: i, end: i + 1, openMark: ch, closeMark: null });
        continue;
      }
      // Straight double mark: closes an open double quote unless it clearly opens a new one.
      // Inside an outermost straight quotation, a mark that only opens (`"By calling him "a spy"
      // they ..."`) starts a quotation nested in it, not the outer one's end.
      const nests = k >= 0 && openerCtx && !closerCtx && stack[k].mark === '"' && stack.length === 1;
      if (k >= 0 && !nests && !(openerCtx && !closerCtx && stack[k].mark !== '"')) closeFrame(sc, k, i, ch);
      else open(stack, i, ch, false);
      continue;
    }

    // Single marks.
    if (letterBoth) continue; // apostrophe inside a word
    const k = findFrame(stack, true);
    if (ch === '‘' || ch === '‚' || ch === '‹') {
      if (k >= 0 && closerCtx && !openerCtx) closeFrame(sc, k, i, ch);
      else if (openerCtx || ch === '‘') open(stack, i, ch, true);
      continue;
    }
    if (ch === '›') {
      if (k >= 0) closeFrame(sc, k, i, ch);
      continue;
    }
    // ’ or ': close an open single quote, open one at a word start, else an apostrophe.
    if (k >= 0 && closerCtx) { closeFrame(sc, k, i, ch); continue; }
    if (openerCtx && !closerCtx && !Number.isNaN(q) && !(q >= 48 && q <= 57)) {
      // `'90s`, `'em` stay apostrophes; a letter after a space opens a quote.
      open(stack, i, ch, true);
    }
  }

  let openAtEnd: QuoteSpan | null = null;
  while (stack.length) {
    const f = stack.pop()!;
    if (f.single) {
      if (f.mark === '‘') problems.push({ kind: 'unclosed', at: f.at, end: n, openMark: f.mark, closeMark: null });
      continue;
    }
    const span: QuoteSpan = { open: f.at, close: -1, openMark: f.mark, closeMark: null, single: false, depth: f.depth, mismatched: false };
    if (f.depth === 0) openAtEnd = span;
    spans.push(span);
  }
  spans.sort((a, b) => a.open - b.open);
  problems.sort((a, b) => a.at - b.at);
  // Keep only problems not inside a pathological flood.
  return { spans, problems: problems.slice(0, 200), openAtEnd };
}

export const isDoubleOpen = (m: string) => DOUBLE_OPEN.has(m);
