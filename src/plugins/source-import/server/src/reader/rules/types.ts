import type { Article, Organization, Person, Quote, Root, Severity } from '../types';
import type { Limits } from '../limits';
import type { Decoded } from '../parse/decode';
import type { Location } from '../parse/location';

/** A quote-mark problem located in the original text. */
export interface MarkProblemAt {
  kind: 'mismatched' | 'unclosed' | 'unopened';
  start: number;
  end: number;
  openMark: string;
  closeMark: string | null;
}

export interface RuleContext {
  text: string;
  decoded: Decoded;
  location: Location;
  article: Article;
  quotes: Quote[];
  people: Person[];
  organizations: Organization[];
  /** What the CMS can store (lengths of fields, items per document). */
  limits: Limits;
  markProblems: MarkProblemAt[];
  /** Number of lead/body paragraphs that read as prose (sentences, not lists of titles). */
  proseParagraphs: number;
  /** Offsets of the first content block (where a headline is expected), when there is one. */
  firstContent: { start: number; end: number } | null;
  /** The page is an index of dated teasers of other articles (see `parse/blocks.ts`). */
  indexPage?: boolean;
}

export interface Report {
  message: string;
  /** Original offsets, end exclusive. */
  start: number;
  end: number;
  /** Overrides the rule's default severity for this report. */
  severity?: Severity;
  expected?: string;
  actual?: string;
  note?: string;
}

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Longer documentation: what the rule catches, why, and one example. */
  docs: string;
}

export interface Rule {
  meta: RuleMeta;
  check(tree: Root, context: RuleContext): Report[];
}
