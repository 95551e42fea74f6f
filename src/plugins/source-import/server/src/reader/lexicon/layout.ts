/**
 * Page-layout lexicon: the words of a news site's page furniture that the block builder
 * (`parse/blocks.ts`) needs to tell chrome from an article's own lines.
 *
 * Source: general knowledge of news-site templates (the header with the site name, the
 * "follow us" calls, the date labels of CMS templates, the metadata of a page's <head> as
 * text extractors print it). Reviewed by hand; no line of a particular page is copied here.
 */

/** Labels a CMS prints before a date (`Last update: 14:53 22.02.2019`, `Published: March 3, 2020`). */
export const DATE_LABELS = ['Last updated', 'Last update', 'Updated', 'Published on', 'Published', 'Posted on', 'Posted'];

/** Of the labels above, those that give the time of a later change, not of publication. */
export const MODIFIED_DATE_LABELS = new Set(['Last updated', 'Last update', 'Updated']);

/**
 * Site names as a header or footer line prints them on its own (`Sputnik International`,
 * `- Sputnik International`, `- RT International, 0730, 09.11.2021`). Only names of the
 * `<outlet> <word>` kind: a bare agency name on a line can be a photo credit.
 */
export const SITE_NAMES = new Set([
  'Sputnik International', 'Sputnik News', 'Sputnik Globe', 'RT International', 'RT News', 'TASS News',
  'Reuters News', 'Al Jazeera English', 'BBC News', 'CNN International', 'Fox News', 'Xinhua News',
]);

/** Platforms named by a call to follow the site (`Follow us on Telegram`, a `t.me/` link). */
export const FOLLOW_PLATFORMS = [
  'Telegram', 'Facebook', 'Twitter', 'VK', 'YouTube', 'Instagram', 'Google News', 'Viber', 'WhatsApp', 'Rumble',
  'Odysee', 'Gab', 'Truth Social', 't.me/', 'live feed', 'Live Feed', 'newsletter', 'Newsletter',
  // Calls that name no platform but end the way such calls do.
  'to Find Out More', 'to find out more', 'for the latest updates', 'to get the latest updates',
];

/** Verbs that open a call to follow the site (the line must also name a platform above). */
export const FOLLOW_VERBS = ['Follow', 'Subscribe to', 'Subscribe', 'Join', 'Sign up for', 'Stay tuned to'];

/** Header buttons and labels that join the chrome phrases of `lexicon/index.ts` for whole lines. */
export const HEADER_CHROME = ['Search', 'Menu', 'Close', 'Back to top', 'Skip to content', 'Advertisement', 'advertisement'];

/**
 * Calls that close a promotional or footer line (`See an error in this article? Send us a
 * correction`, `FREE GIFT! Download ... CLICK HERE`): the whole line is chrome.
 */
export const FOOTER_CALLS = [
  'Send us a correction', 'Report an error', 'Report a typo', 'CLICK HERE', 'Click here', 'Click Here',
  'Read the full story', 'Sign up for our newsletter', 'Subscribe to our newsletter',
];
