import type { DateValue } from '../api/article/standards/types';

/** A date as milliseconds, NaN when missing or unreadable. */
const time = (value: DateValue) => {
  if (value === null || value === undefined || value === '') return Number.NaN;
  return (value instanceof Date ? value : new Date(value)).getTime();
};

type Dated = { datePublished?: DateValue; capturedAt?: DateValue; publishedAt?: DateValue } | null | undefined;

/**
 * An article's date: its original publication date when known, else the time its page showed
 * when captured (what an imported archive has), else when the CMS published it. The one rule for
 * "by date" in the named routes (a person's quotes, an organization's articles).
 */
export const articleTime = (article: Dated) => {
  for (const value of [article?.datePublished, article?.capturedAt, article?.publishedAt]) {
    const t = time(value);
    if (!Number.isNaN(t)) return t;
  }
  return Number.NaN;
};

/**
 * Two articles by date (`articleTime`), oldest or newest first; articles without any date go
 * last either way, and compare equal among themselves. Sorted in code rather than in SQL: the
 * date is the first of three fields, and SQLite and PostgreSQL order nulls differently.
 */
export const byArticleDate = (a: Dated, b: Dated, order: 'oldest' | 'newest') => {
  const ta = articleTime(a);
  const tb = articleTime(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return Number(Number.isNaN(ta)) - Number(Number.isNaN(tb));
  return order === 'oldest' ? ta - tb : tb - ta;
};
