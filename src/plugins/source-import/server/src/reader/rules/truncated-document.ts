/**
 * truncated-document: the page was cut off: its last paragraph stops mid-sentence, its last
 * line is a cut copy of an earlier line (a metadata dump cut while repeating its fields), or its
 * closing tag line stops inside a tag.
 * Example: a body whose last line is `The minister said that the`.
 * Not reported when the page's own end survived: its footer (`Comment via ...`) after the
 * text, an agency sign-off (`... last week.-AGENCY`), or a closing call to action
 * (`Follow us on ...`, `Found a typo? Send us a note`).
 */
import type { Block } from '../types';
import type { Report, Rule, RuleContext } from './types';
import { CALL_TO_ACTION, FOOTER_STARTS } from '../lexicon/rows';

const SENTENCE_END = /[.!?…"”’'»)\]。！？]$/;
/** A paragraph that ends with an e-mail address or a link is a complete sign-off (`write to us at x@y.org`). */
const ENDS_WITH_ADDRESS = /(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+\.(?:html?|php|aspx?))$/;
/** `... on Friday.-AGENCY`, `... on Friday. (AGENCY)`: the wire's sign-off after the last sentence. */
const SIGN_OFF = /[.!?…"”’)]\s*(?:[-–—]+\s*\p{Lu}[\p{Lu}&.]{1,15}(?: \p{Lu}[\p{Lu}&.]{1,15})?|\(\p{Lu}[\p{Lu}&.]{1,15}\))$/u;

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
    docs: 'Reports a body whose last paragraph does not end with sentence punctuation (. ! ? … or a closing quote/bracket), a sign that the capture was cut off; also a page whose last line is a cut copy of an earlier line (a metadata dump cut while printing a field again), and a closing tag line whose last tag is a cut word (`spy, Metropolitan Police, Ru`). Not reported when the page\'s own end survived after the text: its comment footer, a wire sign-off (`-AGENCY`), or a closing call to action (`Follow us on ...`). Reported at the end of that paragraph or line.',
  },
  check(tree, ctx) {
    const cutCopy = cutCopyAtEnd(ctx);
    if (cutCopy) return [cutCopy];
    const cutTags = cutTagLine(tree.children, ctx);
    if (cutTags) return [cutTags];
    const body = ctx.article.body;
    const last = body.length ? body[body.length - 1] : null;
    if (!last || ctx.proseParagraphs === 0) return [];
    const blocks = tree.children;
    const end = blocks[blocks.length - 1];
    // The page went on past its body to its own footer or tag line: not cut there.
    if (end.type === 'chrome' && FOOTER_STARTS.some((f) => end.value.startsWith(f))) return [];
    if (end.type === 'tags' && end.position.start.offset! > last.position.end.offset!) return [];
    const t = last.text;
    if (SENTENCE_END.test(t) || ENDS_WITH_ADDRESS.test(t) || SIGN_OFF.test(t) || callToAction(t)) return [];
    const at = last.position.end.offset!;
    return [{ message: `Unexpected end of document after \`${t.slice(-20)}\`, expected the end of a sentence`, start: at, end: at }];
  },
};

/** The last line repeats the start of an earlier line and stops short of its end. */
function cutCopyAtEnd(ctx: RuleContext): Report | null {
  const text = ctx.text;
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  const line = text.slice(start, end).trim();
  if (line.length < 20 || line.length > 500 || start === 0) return null;
  const earlier = text.lastIndexOf(line, start - 1);
  if (earlier < 0) return null;
  // Cut mid-word: the copy ends on a letter or digit where the earlier line goes on with one.
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  if (!isWordChar(line[line.length - 1]) || !isWordChar(text[earlier + line.length])) return null;
  return { message: `Unexpected end of document inside a copy of an earlier line after \`${line.slice(-20)}\`, expected the whole line`, start: end, end };
}

/** The page ends with its tag line, and the last tag is a cut word (two letters, not an acronym). */
function cutTagLine(children: Block[], ctx: RuleContext): Report | null {
  const lastBlock = children.length ? children[children.length - 1] : null;
  const tags = ctx.article.tags;
  if (!lastBlock || lastBlock.type !== 'tags' || ctx.proseParagraphs === 0 || tags.length < 2) return null;
  const tag = tags[tags.length - 1];
  if (tag.length > 2 || tag === tag.toUpperCase()) return null;
  const end = lastBlock.position.end.offset!;
  return { message: `Unexpected end of document inside the tag \`${tag}\`, expected a whole tag line`, start: end, end };
}
