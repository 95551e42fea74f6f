/**
 * truncated-document: the page was cut off: its last paragraph stops mid-sentence, or its
 * closing tag line stops mid-word.
 * Example: a body whose last line is `The minister said that the`.
 * Not reported when the page's own end survived: its footer (`Comment via ...`) after the
 * text, an agency sign-off (`... last week.-AGENCY`), or a closing call to action
 * (`Follow us on ...`, `Found a typo? Send us a note`).
 */
import type { Rule } from './types';
import { CALL_TO_ACTION, FOOTER_STARTS } from '../lexicon/rows';

const SENTENCE_END = /[.!?…"”’'»)\]。！？]$/;
/** `... on Friday.-AGENCY`, `... on Friday. (AGENCY)`: the wire's sign-off after the last sentence. */
const SIGN_OFF = /[.!?…"”’)]\s*(?:[-–—]+\s*\p{Lu}[\p{Lu}&.]{1,15}(?: \p{Lu}[\p{Lu}&.]{1,15})?|\(\p{Lu}[\p{Lu}&.]{1,15}\))$/u;
/** A tag cut after a letter or two (`..., Harbour Police, Ha`). */
const CUT_TAG = /^(?:\p{Lu}\p{Ll}?|\p{Ll}{1,2})$/u;

/** Whether the last sentence of `t` is a short call to action (a promo or footer line). */
function callToAction(t: string): boolean {
  const cut = Math.max(t.lastIndexOf('. '), t.lastIndexOf('? '), t.lastIndexOf('! '));
  const last = cut >= 0 ? t.slice(cut + 2) : t;
  return last.split(' ').length <= 20 && CALL_TO_ACTION.some((p) => last.startsWith(p + ' '));
}

export const truncatedDocument: Rule = {
  meta: {
    id: 'truncated-document',
    description: 'The document ends mid-sentence',
    defaultSeverity: 'warning',
    docs: 'Reports a body whose last paragraph does not end with sentence punctuation (. ! ? … or a closing quote/bracket), or a closing tag line whose last tag stops after a letter or two, a sign that the capture was cut off. Not reported when the page\'s own end survived after the text: its comment footer, a wire sign-off (`-AGENCY`), or a closing call to action (`Follow us on ...`). Reported at the end of that paragraph or tag line.',
  },
  check(tree, ctx) {
    const body = ctx.article.body;
    const last = body.length ? body[body.length - 1] : null;
    if (!last || ctx.proseParagraphs === 0) return [];
    const blocks = tree.children;
    const end = blocks[blocks.length - 1];
    if (end.type === 'chrome' && FOOTER_STARTS.some((f) => end.value.startsWith(f))) return [];
    if (end.type === 'tags' && end.position.start.offset! > last.position.end.offset!) {
      const tags = end.value.split(/ ?, ?/);
      if (tags.length < 2 || !CUT_TAG.test(tags[tags.length - 1])) return [];
      const at = end.position.end.offset!;
      return [{ message: `Unexpected end of document after \`${end.value.slice(-20)}\`, expected the end of a tag`, start: at, end: at }];
    }
    const t = last.text;
    if (SENTENCE_END.test(t) || SIGN_OFF.test(t) || callToAction(t)) return [];
    const at = last.position.end.offset!;
    return [{
      message: `Unexpected end of document after \`${t.slice(-20)}\`, expected the end of a sentence`,
      start: at,
      end: at,
    }];
  },
};
