/**
 * Bytes (or a string) in, text out, or the reason it is not text. Never throws.
 * Offsets everywhere in the reader are UTF-16 code units into the decoded string; a byte
 * order mark is kept in that string (as U+FEFF at offset 0) so offsets stay those of the file.
 *
 * The one decoding of the importer, whatever the transport: bytes are UTF-16 when a UTF-16 byte
 * order mark says so, else UTF-8, decoded strictly (a byte that breaks UTF-8 refuses the
 * document; nothing is replaced). A string (a JSON body) was decoded by the sender: a lone
 * surrogate, or a U+FFFD replacement character (what a lenient decoder leaves of bytes it
 * could not read), refuses it the same way, so that damaged text is refused on every transport.
 */
export type NotTextReason = 'binary' | 'invalid-utf8' | 'invalid-utf16' | 'replacement-character';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'string';
  bom: boolean;
  notText: NotTextReason | null;
  /** Byte (or code unit) offset of the first offending unit, when known. */
  badOffset: number;
}

const SAMPLE = 8192;

/** Control characters other than tab, line feed, form feed, carriage return: a sign of binary. */
function looksBinaryString(text: string): number {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return nul;
  const limit = Math.min(text.length, SAMPLE);
  // The count is its own function: a loop that V8 compiles mid-call must not end in a branch it
  // has never seen taken (it used to deoptimize on every call).
  const controls = countControls(text, limit);
  if (limit > 0 && controls / limit > 0.1) return 0;
  return -1;
}

function countControls(text: string, limit: number): number {
  let controls = 0;
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) controls++;
  }
  return controls;
}

/** A lone surrogate means the string is not valid UTF-16. */
function loneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { i++; continue; }
      return i;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

/** One place builds every result, so they all share one object shape (V8 then keeps `read` optimized). */
function decoded(text: string, encoding: Decoded['encoding'], bom: boolean, notText: NotTextReason | null, badOffset: number): Decoded {
  return { text, encoding, bom, notText, badOffset };
}

export function decode(input: string | Uint8Array): Decoded {
  if (typeof input === 'string') {
    const bom = input.charCodeAt(0) === 0xfeff;
    const bin = looksBinaryString(input);
    if (bin >= 0) return decoded(input, 'string', bom, 'binary', bin);
    const lone = loneSurrogate(input);
    if (lone >= 0) return decoded(input, 'string', bom, 'invalid-utf16', lone);
    return checked(input, 'string', bom);
  }
  const bytes = input;
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    if (bytes.length % 2 !== 0) return decoded('', encoding, true, 'invalid-utf16', bytes.length - 1);
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return decoded('', encoding, true, 'invalid-utf16', 0);
    }
    const bin = looksBinaryString(text);
    if (bin >= 0) return decoded(text, encoding, true, 'binary', bin);
    return checked(text, encoding, true);
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const nul = bytes.indexOf(0);
  if (nul >= 0) return decoded('', 'utf-8', bom, 'binary', nul);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return decoded('', 'utf-8', bom, 'invalid-utf8', firstInvalidUtf8(bytes));
  }
  const bin = looksBinaryString(text);
  if (bin >= 0) return decoded(text, 'utf-8', bom, 'binary', bin);
  return checked(text, 'utf-8', bom);
}

/** Text decoded without error, refused still when it carries U+FFFD: decoded lossily upstream. */
function checked(text: string, encoding: Decoded['encoding'], bom: boolean): Decoded {
  const replaced = text.indexOf('\uFFFD');
  return replaced >= 0 ? decoded(text, encoding, bom, 'replacement-character', replaced) : decoded(text, encoding, bom, null, -1);
}

/** Offset of the first byte that breaks UTF-8, for the diagnostic. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need = 0;
    if (c < 0x80) { i++; continue; }
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return 0;
}
