import type { Node, Point, Position } from 'unist';
import type { OrgKind } from './lexicon';
import type { Limits } from './limits';

export type { Point, Position, OrgKind };

export type Severity = 'error' | 'warning' | 'info';

/** One finding of a rule, located in the original text (1-based line/column, 0-based offsets). */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
  position: Position;
  expected?: string;
  actual?: string;
  note?: string;
}

/** What a block of the page is. */
export type BlockType =
  | 'clock' | 'chrome' | 'counter' | 'section' | 'story' | 'date' | 'headline' | 'lead' | 'caption' | 'credit'
  | 'paragraph' | 'related' | 'tags' | 'tagsHeader' | 'relatedCaption' | 'relatedCredit';

export interface Block extends Node {
  type: BlockType;
  value: string;
  position: Position;
}

export interface Root extends Node {
  type: 'root';
  children: Block[];
  position: Position;
}

export interface Paragraph {
  text: string;
  position: Position;
}

export interface Dateline {
  place: string;
  agency: string | null;
  position: Position;
}

export interface Boilerplate {
  kind: BlockType;
  text: string;
  position: Position;
}

export interface Article {
  headline: string | null;
  capturedAt: string | null;
  datePublished: string | null;
  dateModified: string | null;
  dateline: Dateline | null;
  datelines: Dateline[];
  section: string | null;
  lead: string | null;
  image: { caption: string | null; credit: string | null; position: Position } | null;
  body: Paragraph[];
  relatedHeadlines: string[];
  tags: string[];
  boilerplate: Boilerplate[];
}

export type Speaker =
  | { name: string }
  | { organization: string }
  | { anonymous: true; description: string };

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote {
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  cue: string | null;
  position: Position;
}

export interface Person {
  name: string;
  /** Other names the text uses for the person (surname, name with or without initials or title). */
  aliases: string[];
  /** Pronouns and descriptions that stand for the person (`he`, `the analyst`): not names. */
  mentions: string[];
  role: string | null;
  organization: string | null;
}

export interface Organization {
  name: string;
  acronym: string | null;
  aliases: string[];
  kind: OrgKind;
}

export interface SourceInfo {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'string' | null;
  bom: boolean;
  length: number;
}

export interface Reading {
  source: SourceInfo;
  tree: Root;
  article: Article;
  quotes: Quote[];
  people: Person[];
  organizations: Organization[];
  tags: string[];
  diagnostics: Diagnostic[];
}

export interface ReadOptions {
  /** Also report reported speech without quotation marks (`He assumed that ...`) as `indirect` quotes. */
  indirectQuotes?: boolean;
  /** Rule ids to switch off. */
  disable?: string[];
  /** What the CMS can store; `defaultLimits` (limits.ts) when not given. */
  limits?: Limits;
}
