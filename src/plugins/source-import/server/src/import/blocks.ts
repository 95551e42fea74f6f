/** Paragraphs of plain text as Strapi blocks, so apps render the body with the standard renderer. */
export type ParagraphBlock = { type: 'paragraph'; children: Array<{ type: 'text'; text: string }> };

export const toBlocks = (paragraphs: ReadonlyArray<{ text: string }>): ParagraphBlock[] =>
  paragraphs.map((paragraph) => ({ type: 'paragraph', children: [{ type: 'text', text: paragraph.text }] }));
