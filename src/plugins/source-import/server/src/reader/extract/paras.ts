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
  /** Outermost quotations, [open mark, after the close mark), disjoint and in order. */
  quoted: Array<[number, number]>;
}

/** Whether normalized offset `off` lies inside an outermost quotation (marks included). */
export function inQuote(para: Para, off: number): boolean {
  const q = para.quoted;
  let lo = 0;
  let hi = q.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (q[mid][1] <= off) lo = mid + 1;
    else hi = mid;
  }
  return lo < q.length && q[lo][0] <= off;
}
