/**
 * Unicode character classes by code point, without running a regular expression per
 * character: ASCII is decided inline, other BMP code points once each (then cached).
 * `\p{L}`, `\p{N}`, `\p{Lu}` and `\p{Ll}` are what the patterns elsewhere in the reader mean.
 *
 * A `\p{…}` pattern is kept in a constant, never written as a literal inside a function: for node
 * targets esbuild (tsx, esbuild-register) compiles such a literal to `new RegExp(...)`, which is
 * then built again every time the line runs.
 *
 * Modules that call these per character or per token bind them once (`const { isUpper } = chars`):
 * in the same CommonJS output an imported name is read through two getters at every use.
 */
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

const KNOWN = 1;
const IS_LETTER = 2;
const IS_NUMBER = 4;
const IS_UPPER = 8;
const IS_LOWER = 16;
/** Per BMP code point: 0 until first asked, then KNOWN plus the class bits. */
const cache = new Uint8Array(65536);

function classify(ch: string): number {
  return KNOWN | (LETTER.test(ch) ? IS_LETTER : 0) | (NUMBER.test(ch) ? IS_NUMBER : 0) | (UPPER.test(ch) ? IS_UPPER : 0) | (LOWER.test(ch) ? IS_LOWER : 0);
}

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let v = cache[cp];
    if (v === 0) { v = classify(String.fromCharCode(cp)); cache[cp] = v; }
    return v;
  }
  return classify(String.fromCodePoint(cp));
}

/** `[\p{L}\p{N}]` */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  return (classOf(cp) & (IS_LETTER | IS_NUMBER)) !== 0;
}

/** `\p{Lu}` */
export function isUpper(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  return (classOf(cp) & IS_UPPER) !== 0;
}

/** `\p{Ll}` */
export function isLower(cp: number): boolean {
  if (cp < 128) return cp >= 97 && cp <= 122;
  return (classOf(cp) & IS_LOWER) !== 0;
}

/** `/^\p{Lu}/u.test(t)`: `t` opens with a capital letter. */
export function startsUpper(t: string): boolean {
  return t.length > 0 && isUpper(t.codePointAt(0)!);
}
/** `/^\p{Ll}/u.test(t)`: `t` opens with a lower-case letter. */
export function startsLower(t: string): boolean {
  return t.length > 0 && isLower(t.codePointAt(0)!);
}

/** `\p{N}` */
export function isNumber(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return (classOf(cp) & IS_NUMBER) !== 0;
}

/** Code units taken by code point `cp`. */
export const width = (cp: number) => (cp > 0xffff ? 2 : 1);
