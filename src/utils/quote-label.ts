/**
 * The short form of a quote that the Content Manager shows in lists and relation pickers
 * (its `mainField` must be a stored scalar attribute): the first words of the quote and who
 * said it, `“Although the harbour fees rose…” — Miriam K. Ostrander`.
 */

/** Words kept from the start of the quote, at most. */
const MAX_WORDS = 8;
/** Characters kept from the start of the quote, at most (cut at a word boundary). */
const MAX_CHARS = 60;
/** The stored attribute's limit. */
export const QUOTE_LABEL_MAX = 255;

/** `text`'s first words, `…` after them when some were left out. */
export function firstWords(text: string): string {
  const plain = text.replace(/\s+/g, ' ').trim().replace(/^["“”‘’']+|["“”‘’']+$/g, '').trim();
  const words = plain.split(' ');
  let short = '';
  for (const word of words.slice(0, MAX_WORDS)) {
    const next = short ? `${short} ${word}` : word;
    if (next.length > MAX_CHARS && short) break;
    short = next;
  }
  if (short.length > MAX_CHARS) short = short.slice(0, MAX_CHARS - 1);
  return short.length < plain.length ? `${short.replace(/[\s,;:.!?—–-]+$/, '')}…` : short;
}

/** The label of a quote: its first words in quotation marks, then its speaker if any. */
export function quoteLabel(text: string | null | undefined, speaker?: string | null): string {
  const words = `“${firstWords(text ?? '')}”`;
  const name = speaker?.replace(/\s+/g, ' ').trim();
  const label = name ? `${words} — ${name}` : words;
  return label.length > QUOTE_LABEL_MAX ? `${label.slice(0, QUOTE_LABEL_MAX - 1)}…` : label;
}
