import type { Diagnostic, Severity } from '../api';

/** A line of the source: its 1-based number and its offsets in the text, the line break excluded. */
export type SourceLine = { number: number; start: number; end: number };

/**
 * A place in the text as offsets, `end` exclusive: a diagnostic's (its severity, its index in the
 * diagnostics), or a quote's (`kind: 'quote'`, its index in the quotes).
 */
export type Range = { start: number; end: number; severity: Severity; index: number; kind?: 'quote' };

/** A quote's stored place, as offsets into the text it was read from. */
export type QuoteMark = { start: number; end: number; title: string };

/** A quote's range, or null when its stored offsets do not fit the text. */
export function quoteRange(quote: QuoteMark, index: number, text: string): Range | null {
  const { start, end } = quote;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) return null;
  return { start, end, severity: 'info', index, kind: 'quote' };
}

/** A run of a line's text, with the diagnostics that cover it (or a point where an empty range sits). */
export type Segment = { start: number; end: number; ranges: Range[] };

export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (char === 10 /* \n */ || char === 13 /* \r */) {
      lines.push({ number: lines.length + 1, start, end: i });
      if (char === 13 && text.charCodeAt(i + 1) === 10) i += 1;
      start = i + 1;
    }
  }
  lines.push({ number: lines.length + 1, start, end: text.length });
  return lines;
}

/** The 0-based index of the line that holds `offset`. */
export function lineIndexAt(lines: SourceLine[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines[middle].start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Where a diagnostic sits in the text. The offsets are the reader's own, into the original
 * text; when they do not fit the text shown (it changed since the check), line and column do.
 */
export function toRange(diagnostic: Diagnostic, index: number, text: string, lines: SourceLine[]): Range {
  const fits = (n: unknown): n is number => typeof n === 'number' && n >= 0 && n <= text.length;
  let start: number;
  let end: number;
  if (fits(diagnostic.offset) && fits(diagnostic.endOffset) && diagnostic.endOffset >= diagnostic.offset) {
    start = diagnostic.offset;
    end = diagnostic.endOffset;
  } else {
    const at = (line: number, column: number) => {
      const l = lines[Math.min(Math.max(line, 1), lines.length) - 1];
      return Math.min(l.start + Math.max(column, 1) - 1, l.end);
    };
    start = at(diagnostic.line, diagnostic.column);
    end = Math.max(start, at(diagnostic.endLine ?? diagnostic.line, diagnostic.endColumn ?? diagnostic.column));
  }
  return { start, end, severity: diagnostic.severity, index };
}

/** The ranges that touch each line, by line index. */
export function rangesByLine(ranges: Range[], lines: SourceLine[]): Map<number, Range[]> {
  const byLine = new Map<number, Range[]>();
  for (const range of ranges) {
    const first = lineIndexAt(lines, range.start);
    const last = range.end > range.start ? lineIndexAt(lines, range.end - 1) : first;
    for (let i = first; i <= last; i += 1) {
      const list = byLine.get(i) ?? [];
      list.push(range);
      byLine.set(i, list);
    }
  }
  return byLine;
}

/** Cuts a line into runs of text at every start and end of the ranges touching it. */
export function segmentLine(line: SourceLine, ranges: Range[]): Segment[] {
  const cuts = new Set<number>([line.start, line.end]);
  for (const range of ranges) {
    for (const point of [range.start, range.end]) {
      if (point > line.start && point < line.end) cuts.add(point);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  // Empty ranges (a missing element is reported at a point) get an empty segment of their own.
  const empties = ranges.filter((r) => r.start === r.end);
  for (let i = 0; i < points.length; i += 1) {
    const at = points[i];
    const here = empties.filter((r) => r.start === at || (i === 0 && r.start < line.start));
    if (here.length > 0) segments.push({ start: at, end: at, ranges: here });
    if (i === points.length - 1) break;
    const next = points[i + 1];
    segments.push({ start: at, end: next, ranges: ranges.filter((r) => r.end > r.start && r.start <= at && r.end >= next) });
  }
  return segments;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const worstSeverity = (ranges: { severity: Severity }[]): Severity | null =>
  ranges.reduce<Severity | null>(
    (worst, r) => (worst === null || SEVERITY_ORDER[r.severity] < SEVERITY_ORDER[worst] ? r.severity : worst),
    null,
  );

export const byPlace = (a: Diagnostic, b: Diagnostic) =>
  a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
