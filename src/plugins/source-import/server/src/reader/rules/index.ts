/**
 * The rules, in the order they run. Ids are stable: tools and editors refer to them.
 */
import type { Rule } from './types';
import { notText } from './not-text';
import { emptyDocument } from './empty-document';
import { notAnArticle } from './not-an-article';
import { missingHeadline } from './missing-headline';
import { clockNotPublicationDate } from './clock-not-publication-date';
import { truncatedDocument } from './truncated-document';
import { mismatchedQuote } from './mismatched-quote';
import { unattributedQuote } from './unattributed-quote';
import { fieldTooLong } from './field-too-long';
import { tooManyItems } from './too-many-items';

export const rules: readonly Rule[] = [
  notText,
  emptyDocument,
  notAnArticle,
  missingHeadline,
  clockNotPublicationDate,
  truncatedDocument,
  mismatchedQuote,
  unattributedQuote,
  fieldTooLong,
  tooManyItems,
];

/** `id -> docs`, for the command line and the admin page. */
export const docs: Record<string, string> = Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.docs]));

export type { Rule, RuleContext, Report, RuleMeta } from './types';
