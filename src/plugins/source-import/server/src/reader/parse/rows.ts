/**
 * Flattened dataset rows: an article stored as one line, its furniture kept as bare words
 * (the dataset stripped colons, commas and apostrophes):
 *
 *   `14.03.2018(updated 0845 14.03.2018) Get short URL 20417 <lead> MOSCOW (Sputnik) <body>
 *    ... 963 Topic <story> (61) Related <titles> Tags <tags> Community standardsDiscussion ...`
 *   `Tue 12 Jun 2018 at 1605 <headline>. <body>`      `<headline> AFP Monday 5 Dec 2016 <body>`
 *
 * These are anchors for the flat splitter: the date prefix, a headline where the row states
 * one, a byline date, story lines, and the tail (counter, Related, Tags, footer). Every search
 * is anchored or bounded, so the work stays linear.
 */
import { CUES, NEWS_AGENCIES } from '../lexicon';
import { CALL_TO_ACTION, DETERMINERS, FOOTER_STARTS, ROW_AGENCIES, ROW_LABELS } from '../lexicon/rows';
import { matchDate } from './dates';
import { startsLower } from './chars';

export interface RowAnchor { a: number; b: number; kind: 'date' | 'headline' | 'story' | 'counter' | 'chrome' | 'related' | 'tagsHeader' }

const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
/** `<headline> AFP Monday 5 Dec 2016 <Body>`: an agency and a weekday date between title and text. */
const BYLINE_DATE = new RegExp(` (?:(\\p{Lu}{2,6}) )?(${WEEKDAY},? \\d{1,2} \\p{Lu}\\p{Ll}{2,8}\\.? \\d{4})(?= \\p{Lu})`, 'u');
/** A row's byline date: the agency before its weekday (`AFP Monday 5 Dec 2016`), if any. */
const BYLINE_AGENCY = new RegExp(`^(\\p{Lu}{2,6}) (?=${WEEKDAY})`, 'u');
/** Words that end a clause the date belongs to (`held on Monday 5 Dec 2016`). */
const DATE_GOVERNORS = /^(?:on|since|until|till|by|from|of|before|after|last|next|that|this|the|to|at|in|and|or|was|is)$/i;
const STORY = / Topic ((?:\S+ ){1,20}?)\(\d{1,6}\)(?= |$)/gu;
/** A view counter right after an anchor (` 112010`), its number in group 1. */
export const COUNTER_AFTER = /^ (\d{1,9})(?= \p{Lu}| \d|$)/u;
/** `MOSCOW (Sputnik) Russian forces ...`: a dateline whose dash the row lost, after a sentence end. */
export const BARE_DATELINE = /^(\p{Lu}{3,}(?: \p{Lu}{2,}){0,2}) \((\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?)\) (?=\p{Lu})/u;

const AGENCY_KEYS = new Set([...NEWS_AGENCIES.flatMap((a) => [a.name, ...a.aliases]), ...ROW_AGENCIES].map((a) => a.toLowerCase()));
/** After the agency: `Photo`, a year, the photographer's two capitalized words, then the title. */
const LINK_CREDIT_REST = /^(?: Photo)?(?: \d{4})? \p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+ (?=\p{Lu}|\d)/u;

/**
 * Length of the photo credit opening a row's inline link to another story (up to its title), or 0:
 * a known agency's credit that lost `©` and `/` (`AP Photo Name Surname Title ...`, `REUTERS Name Surname Title ...`).
 */
export function rowLinkCredit(t: string): number {
  const head = t.slice(0, 80);
  let sp = head.indexOf(' ');
  for (let words = 1; sp > 0 && words <= 2; words++, sp = head.indexOf(' ', sp + 1)) {
    if (!AGENCY_KEYS.has(head.slice(0, sp).toLowerCase())) continue;
    const m = LINK_CREDIT_REST.exec(head.slice(sp));
    if (m) return sp + m[0].length;
  }
  return 0;
}

/** The agency of a row's byline date block (`AFP Monday 5 Dec 2016` -> `AFP`), or null. */
export function bylineAgency(value: string): string | null {
  const m = BYLINE_AGENCY.exec(value);
  return m ? m[1] : null;
}

/**
 * Whether a row's first sentence is a headline: short, no article in front, and a reporting verb
 * in the present (`Mayor says ...`); after a time-stamped prefix (`... at 0914`), where the row's
 * outlet prints its title, also a short sentence with no verb in the past (`Storm closes port`).
 */
export function headlinese(t: string, timed = false): boolean {
  const words = t.split(' ');
  if (words.length < 3 || words.length > 20 || DETERMINERS.has(words[0])) return false;
  if (words.some((w) => w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && CUES.get(w) === '' && startsLower(w))) return true;
  return timed && words.length <= 14 && !words.some((w) => startsLower(w) && (/..ed$/.test(w) || PAST.has(w)));
}
/** Past and perfect forms that mark a lead's sentence rather than a headline's. */
const PAST = new Set(['was', 'were', 'had', 'has', 'have', 'said', 'told', 'took', 'made', 'came', 'went', 'gave', 'hit', 'struck', 'won', 'lost', 'left', 'met', 'held', 'began']);

/**
 * Anchors of a row. `cutEnds` are the ends of the sentences (normalized offsets, increasing),
 * from which the headline after a date prefix is read.
 */
export function rowAnchors(N: string, cutEnds: number[]): RowAnchor[] {
  const out: RowAnchor[] = [];
  const n = N.length;
  head(N, cutEnds, out);

  // Story lines: `Topic Operation in the North (61) 112010`, then the counters glued after them.
  STORY.lastIndex = 0;
  for (let m = STORY.exec(N); m; m = STORY.exec(N)) {
    const a = m.index + 1;
    const b = m.index + m[0].length;
    out.push({ a, b, kind: 'story' });
    const c = COUNTER_AFTER.exec(N.slice(b, b + 12));
    if (c) out.push({ a: b + 1, b: b + c[0].length, kind: 'counter' });
  }

  // Tail: footer, then Tags and Related before it, then the view counter before those.
  let end = n;
  for (const f of FOOTER_STARTS) {
    const at = N.indexOf(f, Math.max(0, n - 250));
    if (at >= 0 && at < end) end = at;
  }
  const footer = end < n;
  if (footer) out.push({ a: end, b: n, kind: 'chrome' });
  let first = end;
  const tags = N.lastIndexOf(` ${ROW_LABELS.tags} `, end);
  const related = N.lastIndexOf(` ${ROW_LABELS.related} `, tags >= 0 ? tags : end);
  const counterBefore = (at: number) => /(?:\.\.\. )?\d{1,9} $/.exec(N.slice(Math.max(0, at - 16), at + 1));
  if (related >= 0 && end - related < 1500 && (footer || counterBefore(related))) {
    const stop = tags > related ? tags : end;
    out.push({ a: related + 1, b: related + 1 + ROW_LABELS.related.length, kind: 'chrome' });
    out.push({ a: related + 2 + ROW_LABELS.related.length, b: stop, kind: 'related' });
    first = related;
  }
  if (tags >= 0 && end - tags < 1500 && N[tags + 1 + ROW_LABELS.tags.length] !== ':' && (footer || first < end || counterBefore(tags))) {
    out.push({ a: tags + 1, b: end, kind: 'tagsHeader' });
    if (tags < first) first = tags;
  }
  // `... 861 Related`: the dataset's ellipsis and the view counter before the tail.
  const story = out.find((x) => x.kind === 'story' && x.a > first - 80 && x.b <= first + 1);
  const from = story ? story.a - 1 : first;
  const c = first < end ? counterBefore(from) : null;
  if (c) {
    const at = from - c[0].length + 1;
    out.push({ a: at, b: from, kind: 'counter' });
    // `... keep you up to speed! ... 963`: the site's call to follow it, last before the tail.
    let lo = 0;
    let hi = cutEnds.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cutEnds[mid] < at - 1) lo = mid + 1; else hi = mid; }
    const start = lo > 0 ? cutEnds[lo - 1] + 1 : 0;
    const promo = N.slice(start, at - 1);
    if (promo.split(' ').length <= 30 && CALL_TO_ACTION.some((p) => promo.startsWith(p + ' '))) out.push({ a: start, b: at - 1, kind: 'chrome' });
  }
  return out;
}

/** The date prefix (`Published March 14 2018`, `14.03.2018)`), the headline after it, or a byline date. */
function head(N: string, cutEnds: number[], out: RowAnchor[]): void {
  const d = matchDate(N.slice(0, 80));
  if (d && (N[d.length] === ' ' || N[d.length] === ')')) {
    let b = d.length;
    if (N[b] === ')') b++;
    out.push({ a: 0, b, kind: 'date' });
    const sentenceEnd = cutEnds.find((e) => e > b + 1);
    if (sentenceEnd !== undefined && sentenceEnd < N.length) {
      // The splitter drops the headline's full stop.
      const timed = /\bat \d{1,2}:?\d{2}$/.test(N.slice(0, b));
      if (N[sentenceEnd - 1] === '.' && headlinese(N.slice(b + 1, sentenceEnd - 1), timed)) out.push({ a: b + 1, b: sentenceEnd, kind: 'headline' });
    }
    return;
  }
  const m = BYLINE_DATE.exec(N.slice(0, 300));
  if (!m) return;
  const title = N.slice(0, m.index);
  const words = title.split(' ');
  const before = words[words.length - 1];
  if (words.length < 3 || words.length > 25 || DATE_GOVERNORS.test(before) || (cutEnds.length > 0 && cutEnds[0] <= m.index)) return;
  out.push({ a: 0, b: m.index, kind: 'headline' });
  out.push({ a: m.index + 1, b: m.index + m[0].length, kind: 'date' });
}
