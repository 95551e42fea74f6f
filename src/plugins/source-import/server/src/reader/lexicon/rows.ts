/**
 * Words of flattened dataset rows and page ends: site furniture, not facts of any page.
 * Source: the labels news sites print around an article (`Related`, `Tags`, `Topic`, the comment
 * footer) as they survive when a dataset stores a page as one line with its colons and commas
 * stripped, and the usual calls to action that close a page (`Follow us on ...`, `Send us a tip`).
 */

/** Footer phrases that close a page: what follows them is never article text. */
export const FOOTER_STARTS = ['Community standards', 'Comment via Facebook', 'Comment via'];

/** Labels of the blocks a row keeps before its footer, without their colon. */
export const ROW_LABELS = { related: 'Related', tags: 'Tags', topic: 'Topic' } as const;

/**
 * Imperatives that open a call to action (a promo or footer line): a page that ends with one
 * ended where the site's template does, not mid-sentence.
 */
export const CALL_TO_ACTION = [
  'Follow', 'Subscribe', 'Sign up', 'Join', 'Download', 'Click', 'Tap', 'Send us', 'Contact us', 'Email us',
  'Write to us', 'Share this', 'Like us', 'Donate', 'Support us', 'Tell us', 'Let us know', 'Read more',
  'Listen to', 'Watch the', 'Get the latest', 'Never miss', 'Stay up to date',
];

/** Opening words of a sentence that is not headlinese (headlines drop the article). */
export const DETERMINERS = new Set(['The', 'A', 'An', 'This', 'These', 'Those', 'That', 'Its', 'His', 'Her', 'Their', 'Our']);

/** Agencies whose photo credits a row keeps besides the news agencies of `lexicon/index.ts` (site family's own). */
export const ROW_AGENCIES = ['Sputnik', 'RIA Novosti'];
