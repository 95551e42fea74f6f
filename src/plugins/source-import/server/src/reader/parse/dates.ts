import { MONTHS } from '../lexicon';
import { DATE_LABELS, MODIFIED_DATE_LABELS } from '../lexicon/layout';

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, mo: number, d: number, h?: number, mi?: number, offsetMinutes = 0): string | null {
  if (!(y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return null;
  if (h === undefined || mi === undefined) return `${y}-${pad(mo)}-${pad(d)}`;
  if (!(h >= 0 && h <= 23 && mi >= 0 && mi <= 59)) return null;
  if (offsetMinutes === 0) return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:00Z`;
  // A local time with its offset from UTC (`00:11 GMT +3`, `T09:05+0300`): stored as UTC.
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi) - offsetMinutes * 60000);
  return t.toISOString().replace('.000Z', 'Z');
}

const month = (w: string) => MONTHS[w.toLowerCase()] ?? 0;

/**
 * `07:21 GMT07 July 2020`, `07:21 GMT 07.07.2020`, `00:11 GMT +323 February 2019` (the 2017-19
 * layout: local time at GMT+3, the day glued to the offset): the site's clock at capture time.
 */
const CLOCK = /^(\d{1,2}):(\d{2}) ?(?:GMT|UTC) ?(?:([+-])(\d) ?)?(?:(\d{1,2}) ?([A-Za-z]{3,9})\.? ?(\d{4})|(\d{1,2})[./](\d{1,2})[./](\d{4}))/;

export interface DateMatch { iso: string; length: number; modified?: string | null }

export function matchClock(text: string): DateMatch | null {
  const m = CLOCK.exec(text);
  if (!m) return null;
  const h = +m[1];
  const mi = +m[2];
  const offset = m[3] === undefined ? 0 : (m[3] === '-' ? -60 : 60) * +m[4];
  const value = m[5] !== undefined ? iso(+m[7], month(m[6]), +m[5], h, mi, offset) : iso(+m[10], +m[9], +m[8], h, mi, offset);
  return value ? { iso: value, length: m[0].length } : null;
}

/**
 * A stated publication date at the start of a text: `13:05 13.10.2016 (updated 14:20 13.10.2016)`,
 * `13.10.2016`, `October 13, 2016`, `13 October 2016`, `2016-10-13`.
 */
// Dataset rows strip the colons: `(updated 0845 14.03.2018)`, `Tue 12 Jun 2018 at 1605`.
const DOTTED = /^(?:(\d{1,2}):(\d{2}) ?)?(\d{1,2})[./](\d{1,2})[./](\d{4})(?: ?(\d{1,2}):(\d{2}))?(?: ?\((?:updated|upd\.?):? ?(\d{1,2}):?(\d{2}) ?(\d{1,2})[./](\d{1,2})[./](\d{4})\))?/i;
const WORDY_MDY = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})(?:,? (\d{1,2}):(\d{2})|,? at (\d{1,2}):?(\d{2})(?!\d))?/;
const WORDY_DMY = /^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})(?:,? (\d{1,2}):(\d{2})|,? at (\d{1,2}):?(\d{2})(?!\d))?/;
/** `2016-10-13`, `2016-10-13 14:20`, `2021-09-08T16:45+0000`, `2021-09-08T16:45:05.000Z`. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,6})?)?(?: ?(Z|[+-]\d{2}:?\d{2}))?)?/;
/**
 * `Published March 14 2018`, `Tue 12 Jun 2018`, `Monday, 5 Dec 2016`, a row's byline
 * `AFP Monday 5 Dec 2016`: a label, or an agency and a weekday, before the date.
 */
const DATE_LABEL = /^(?:(?:Published|Updated|Posted)(?: on)?:? |[A-Z]{2,6} (?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\.?,? )?/;

export function matchDate(text: string): DateMatch | null {
  const label = DATE_LABEL.exec(text)![0].length;
  if (label === 0) return matchBareDate(text);
  const m = matchBareDate(text.slice(label));
  return m ? { ...m, length: m.length + label } : null;
}

const clockOf = (h: string | undefined, mi: string | undefined): [number?, number?] =>
  h === undefined || mi === undefined ? [] : [+h, +mi];

function matchBareDate(text: string): DateMatch | null {
  let m = DOTTED.exec(text);
  if (m) {
    const h = m[1] ?? m[6];
    const mi = m[2] ?? m[7];
    const v = iso(+m[5], +m[4], +m[3], h === undefined ? undefined : +h, mi === undefined ? undefined : +mi);
    if (!v) return null;
    const mod = m[8] !== undefined ? iso(+m[12], +m[11], +m[10], +m[8], +m[9]) : null;
    return { iso: v, length: m[0].length, modified: mod };
  }
  m = WORDY_MDY.exec(text);
  if (m && month(m[1])) {
    const v = iso(+m[3], month(m[1]), +m[2], ...clockOf(m[4] ?? m[6], m[5] ?? m[7]));
    return v ? { iso: v, length: m[0].length } : null;
  }
  m = WORDY_DMY.exec(text);
  if (m && month(m[2])) {
    const v = iso(+m[3], month(m[2]), +m[1], ...clockOf(m[4] ?? m[6], m[5] ?? m[7]));
    return v ? { iso: v, length: m[0].length } : null;
  }
  m = ISO.exec(text);
  if (m) {
    const z = m[6] && m[6] !== 'Z' ? m[6].replace(':', '') : '';
    const offset = z ? (z[0] === '-' ? -1 : 1) * (+z.slice(1, 3) * 60 + +z.slice(3, 5)) : 0;
    const v = iso(+m[1], +m[2], +m[3], m[4] === undefined ? undefined : +m[4], m[5] === undefined ? undefined : +m[5], offset);
    return v ? { iso: v, length: m[0].length } : null;
  }
  return null;
}

/** `2021-09-08T16:45+0000`: a whole machine timestamp (metadata dumps), a date wherever it stands. */
export function isTimestamp(text: string, m: DateMatch | null): boolean {
  return m !== null && m.length === text.length && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text);
}

/**
 * A date behind a CMS label (`Last update: 14:53 22.02.2019`, `Published: March 3, 2020`);
 * `modified` when the label gives the time of a later change.
 */
export function matchLabeledDate(text: string): (DateMatch & { label: string; isModified: boolean }) | null {
  for (const label of DATE_LABELS) {
    if (!text.startsWith(label)) continue;
    let i = label.length;
    if (text.charCodeAt(i) === 58 /* : */) i++;
    if (text.charCodeAt(i) !== 32) return null;
    i++;
    const m = matchDate(text.slice(i, i + 80));
    return m ? { iso: m.iso, length: i + m.length, label, isModified: MODIFIED_DATE_LABELS.has(label) } : null;
  }
  return null;
}
