import type { Normalized } from '../parse/normalize';
import type { ScanResult } from '../parse/quotes';
import type { Token } from './text';

/** One text unit the extractors work on: the lead, a body paragraph, the caption or the credit. */
export interface Para {
  idx: number;
  kind: 'lead' | 'paragraph' | 'caption' | 'credit' | 'headline';
  norm: Normalized;
  tokens: Token[];
  scan: ScanResult | null;
  sents: Array<[number, number]>;
  /** 1 where the character lies inside an outermost quotation. */
  inQuote: Uint8Array;
}
