/**
 * truncated-document: the page was cut off: its last paragraph stops mid-sentence, its last
 * line is a cut copy of an earlier line (a metadata dump cut while repeating its fields), or its
 * closing tag line stops inside a tag.
 * Example: a body whose last line is `The minister said that the`.
 */
import type { Block } from '../types';
import type { Report, Rule, RuleContext } from './types';

/** A paragraph that ends with an e-mail address or a link is a complete sign-off (`write to us at x@y.org`). */
const ENDS_WITH_ADDRESS = /(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+\.(?:html?|php|aspx?))$/;

export const truncatedDocument: Rule = {
  meta: {
    id: 'truncated-document',
    description: 'The document ends mid-sentence',
    defaultSeverity: 'warning',
    docs: 'Reports a body whose last paragraph does not end with sentence punctuation (. ! ? … or a closing quote/bracket), a sign that the capture was cut off; also a page whose last line is a cut copy of an earlier line (a metadata dump cut while printing a field again), and a closing tag line whose last tag is a cut word (`spy, Metropolitan Police, Ru`). Reported at the end of that paragraph or line.',
  },
  check(tree, ctx) {
    const cutCopy = cutCopyAtEnd(ctx);
    if (cutCopy) return [cutCopy];
    const cutTags = cutTagLine(tree.children, ctx);
    if (cutTags) return [cutTags];
    const body = ctx.article.body;
    const last = body.length ? body[body.length - 1] : null;
    if (last && ctx.proseParagraphs > 0) {
      const t = last.text;
      if (/[.!?…"”’'»)\]。！？]$/.test(t) || ENDS_WITH_ADDRESS.test(t)) return [];
      const end = last.position.end.offset!;
      return [{ message: `Unexpected end of document after \`${t.slice(-20)}\`, expected the end of a sentence`, start: end, end }];
    }
    return [];
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
